using Confide.Core.Access;
using Confide.Core.Audit;
using Confide.Core.Families;
using Confide.Core.Staff;
using Confide.Data.Access;
using Confide.Data.Families;
using Confide.Web.Features.Access;
using Confide.Web.Identity;

namespace Confide.Web.Features.Families;

/// <summary>
/// Family files as the signed-in person may see them. Every opening, list, search and change asks the need-to-know
/// engine with the organisation's rules, the file's relationships, grants and exclusions and the reason the person
/// gave, and every decision about a file is written to the audit log before anything is shown.
/// </summary>
public sealed class FamilyFileAccess(
    CurrentActor current,
    FamilyRecords families,
    IAccessPolicy policy,
    OrganisationRules rules,
    AccessSessions sessions,
    AccessGrants grants,
    BreakGlass breakGlassRecords,
    AccessAudit audit,
    AccessControlSwitch accessControl,
    TimeProvider time)
{
    public const string Kind = "family";

    /// <summary>An opened file and the decision that allowed it.</summary>
    public sealed record Opened(Actor Actor, AccessDecision Decision, FileRelationships Relationships, FamilyFile File, AccessReason? Reason);

    public enum Status
    {
        Opened,
        NotFound,
        Refused,
        ReasonRequired,
    }

    /// <summary>What came of asking to open a file: the file, or why not.</summary>
    public sealed record Outcome(Status Status, Opened? File, AccessDecision? Decision)
    {
        public static readonly Outcome NotFound = new(Status.NotFound, null, null);
    }

    /// <summary>Asks to do <paramref name="action"/> to the file (writing <paramref name="part"/> on the record of access).</summary>
    public async Task<Outcome> OpenAsync(FamilyId id, AccessAction action, string part = "file", CancellationToken ct = default, bool fullViewOnly = false)
    {
        if (accessControl.Off)
        {
            return await OpenUncheckedAsync(id, ct);
        }

        // The access facts and the file are read on one opening of the connection.
        await using var held = await families.HoldConnectionAsync(ct);
        var asked = await AskAsync(id, action, ct);
        if (asked is null)
        {
            return Outcome.NotFound;
        }

        var (actor, relationships, decision, reason) = asked.Value;
        if (fullViewOnly && decision.Allowed && decision.View != FileView.Full)
        {
            // Parts such as the record of access are not in the volunteer view: a refusal, and recorded as one.
            decision = AccessDecision.Refuse("volunteer-view", "The record of access and who can see the file are not part of the volunteer view.");
        }

        if (decision.HideExistence)
        {
            // Refused without admitting the file exists; still on the record of access.
            await audit.RecordDecisionAsync(actor, action, Kind, id.Value, part, decision, reason, ct);
            return Outcome.NotFound;
        }

        if (decision.ReasonRequired)
        {
            return new Outcome(Status.ReasonRequired, null, decision);
        }

        var recorded = audit.RecordDecisionAsync(actor, action, Kind, id.Value, part, decision, reason, ct);
        if (!decision.Allowed)
        {
            await recorded;
            return new Outcome(Status.Refused, null, decision);
        }

        // The file is read while its opening is being committed to the audit log, and nothing of it leaves this
        // method until that commit is done: if the log cannot record the opening, the await throws and the file
        // read is thrown away unseen.
        FamilyFile? file;
        try
        {
            file = await families.GetAsync(actor.OrganisationId, id, ct);
        }
        finally
        {
            await recorded;
        }

        return file is null
            ? Outcome.NotFound
            : new Outcome(Status.Opened, new Opened(actor, decision, relationships, FileViews.Apply(file, decision, actor.UserId), reason), decision);
    }

    /// <summary>
    /// Records the reason the person gives for opening the file (kept for the access session, so they are not asked
    /// again on every page of it) when the engine allows the opening with that reason.
    /// </summary>
    public async Task<Outcome> GiveReasonAsync(FamilyId id, AccessReason reason, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return await StartSessionAsync(id, reason, breakGlass: false, ct);
    }

    /// <summary>Emergency access: the engine decides with break-glass; if allowed, the safeguarding lead is alerted and a review opened.</summary>
    public async Task<Outcome> BreakGlassAsync(FamilyId id, string detail, CancellationToken ct = default) =>
        await StartSessionAsync(id, new AccessReason(AccessPurpose.Emergency, detail), breakGlass: true, ct);

    private async Task<Outcome> StartSessionAsync(FamilyId id, AccessReason reason, bool breakGlass, CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        var facts = actor is null ? null : await families.GetAccessFactsAsync(actor.OrganisationId, id, actor.UserId, ct);
        if (actor is null || facts is null)
        {
            return Outcome.NotFound;
        }

        var decision = await DecideAsync(actor, AccessAction.Read, facts.Value.Relationships, reason, breakGlass, ct);
        var action = breakGlass ? "break-glass" : "reason";
        await audit.RecordAsync(actor, action, Kind, id.Value.ToString("D"), decision.Allowed ? AuditOutcome.Allowed : AuditOutcome.Refused,
            decision.Rule, reason, "file", ct);
        if (decision.HideExistence)
        {
            return Outcome.NotFound;
        }

        if (!decision.Allowed)
        {
            return new Outcome(decision.ReasonRequired ? Status.ReasonRequired : Status.Refused, null, decision);
        }

        await sessions.StartAsync(actor.OrganisationId, actor.UserId, Kind, id.Value, reason, breakGlass, ct);
        if (decision.Obligations.HasFlag(AccessObligations.AlertSafeguardingLead) || decision.Obligations.HasFlag(AccessObligations.ReviewAfterwards))
        {
            await breakGlassRecords.RecordAsync(actor.OrganisationId, actor.UserId, id, ct);
        }

        return new Outcome(Status.Opened, null, decision);
    }

    // Benchmark only (see AccessControlSwitch): the same read with no engine and no audit.
    private async Task<Outcome> OpenUncheckedAsync(FamilyId id, CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        var file = actor is null ? null : await families.GetAsync(actor.OrganisationId, id, ct);
        if (actor is null || file is null)
        {
            return Outcome.NotFound;
        }

        var decision = AccessDecision.Allow("benchmark-access-control-off", FileView.Full, "Access control is off (benchmark).");
        var relationships = new FileRelationships(id, actor.OrganisationId, null, []);
        return new Outcome(Status.Opened, new Opened(actor, decision, relationships, file, null), decision);
    }

    /// <summary>The decision for <paramref name="action"/>, without recording it: to decide what a page offers.</summary>
    public async Task<AccessDecision?> PeekAsync(FamilyId id, AccessAction action, CancellationToken ct = default) =>
        (await AskAsync(id, action, ct))?.Decision;

    /// <summary>The decision with the file's relationships it was made from, without recording it: for pages that explain access.</summary>
    public async Task<(AccessDecision Decision, FileRelationships Relationships)?> PeekWithRelationshipsAsync(FamilyId id, AccessAction action, CancellationToken ct = default) =>
        await AskAsync(id, action, ct) is { } asked ? (asked.Decision, asked.Relationships) : null;

    /// <summary>Whether the actor who opened a file may also do <paramref name="action"/> to it (not recorded: the act itself is).</summary>
    public async Task<bool> AllowsAsync(Opened opened, AccessAction action, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(opened);
        return (await DecideAsync(opened.Actor, action, opened.Relationships, opened.Reason, opened.Decision.Rule == "break-glass", ct)).Allowed;
    }

    /// <summary>The engine's decision now, with the organisation's rules: every decision about one file is made here.</summary>
    private async Task<AccessDecision> DecideAsync(Actor actor, AccessAction action, FileRelationships relationships, AccessReason? reason, bool breakGlass, CancellationToken ct) =>
        policy.Decide(new AccessRequest(actor, action, relationships, time.GetUtcNow())
        {
            Rules = await rules.ForAsync(actor.OrganisationId, ct),
            Reason = reason,
            BreakGlass = breakGlass,
        });

    /// <summary>The actor's list: assigned families, actively matched ones, files granted for a spot-check or audit.</summary>
    public async Task<IReadOnlyList<FamilySummary>> CaseloadAsync(CancellationToken ct = default)
    {
        var actor = await current.GetAsync(ct);
        if (actor is null)
        {
            return [];
        }

        var candidates = new HashSet<FamilyId>();
        if (actor.Has(Role.Coordinator))
        {
            candidates.UnionWith(await families.CaseloadAsync(actor.OrganisationId, actor.UserId, ct));
        }

        if (actor.Has(Role.Volunteer))
        {
            candidates.UnionWith(await families.MatchedToAsync(actor.OrganisationId, actor.UserId, ct));
        }

        candidates.UnionWith(await grants.FilesGrantedToAsync(actor.OrganisationId, actor.UserId, time.GetUtcNow(), ct));
        var (summaries, _) = await DiscoverableAsync(actor, candidates, ct);
        return summaries;
    }

    /// <summary>Search by name or postcode, showing only families the actor may discover; each result shown is recorded.</summary>
    public async Task<IReadOnlyList<FamilySummary>> SearchAsync(string text, CancellationToken ct = default)
    {
        var actor = await current.GetAsync(ct);
        if (actor is null)
        {
            return [];
        }

        var (summaries, decisions) = await DiscoverableAsync(actor, await families.SearchAsync(actor.OrganisationId, text, ct), ct);
        await audit.RecordDiscoveriesAsync(actor, decisions, "search-result", ct);
        return summaries;
    }

    private async Task<(IReadOnlyList<FamilySummary>, List<(Guid, AccessDecision)>)> DiscoverableAsync(Actor actor, IReadOnlyCollection<FamilyId> candidates, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var orgRules = await rules.ForAsync(actor.OrganisationId, ct);
        var allowed = (await families.GetRelationshipsAsync(actor.OrganisationId, candidates, ct))
            .Select(r => (r.FamilyId.Value, Decision: policy.Decide(new AccessRequest(actor, AccessAction.Discover, r, now) { Rules = orgRules })))
            .Where(d => d.Decision.Allowed)
            .ToList();
        return (await families.SummariseAsync(actor.OrganisationId, allowed.Select(a => new FamilyId(a.Value)).ToList(), ct), allowed);
    }

    private async Task<(Actor Actor, FileRelationships Relationships, AccessDecision Decision, AccessReason? Reason)?> AskAsync(FamilyId id, AccessAction action, CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        if (actor is null)
        {
            return null;
        }

        // One query for the file's relationships and the reason last given for it: this runs on every opening.
        var facts = await families.GetAccessFactsAsync(actor.OrganisationId, id, actor.UserId, ct);

        if (facts is null)
        {
            return null;
        }

        var (relationships, latest) = facts.Value;
        var session = latest is not null && latest.HoldsAt(time.GetUtcNow()) ? latest : null;
        return (actor, relationships, await DecideAsync(actor, action, relationships, session?.Reason, session?.BreakGlass ?? false, ct), session?.Reason);
    }
}
