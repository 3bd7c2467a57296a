using Confide.Core.Access;
using Confide.Core.Staff;
using Confide.Data.Access;
using Confide.Web.Features.Access;
using Confide.Web.Identity;

namespace Confide.Web.Features.Staff;

/// <summary>
/// Personnel files (the person's own account, roles and line manager) as the signed-in person may see them: the
/// engine decides (own record, line manager, the profile's personnel roles; exclusions hide it), and every opening
/// and refusal is on the file's record of access (SUF-29, WIR-29, CFS-07).
/// </summary>
public sealed class PersonnelFileAccess(CurrentActor current, PersonnelRecords personnel, IAccessPolicy policy, OrganisationRules rules,
    AccessSessions sessions, AccessAudit audit, TimeProvider time)
{
    public const string Kind = "personnel";

    public enum Status
    {
        Opened,
        NotFound,
        Refused,
        ReasonRequired,
    }

    public sealed record Outcome(Status Status, Actor? Actor, PersonnelFile? File, AccessDecision? Decision);

    public async Task<Outcome> OpenAsync(UserId subject, string part, CancellationToken ct = default)
    {
        var actor = await current.GetAsync(ct);
        var facts = actor is null ? null : await personnel.GetFactsAsync(actor.OrganisationId, subject, ct);
        if (actor is null || facts is null)
        {
            return new Outcome(Status.NotFound, actor, null, null);
        }

        var session = await sessions.CurrentAsync(actor.UserId, Kind, subject.Value, ct);
        var decision = await DecideAsync(actor, facts, session?.Reason, ct);
        if (decision.ReasonRequired && !decision.HideExistence)
        {
            return new Outcome(Status.ReasonRequired, actor, null, decision);
        }

        await audit.RecordDecisionAsync(actor, AccessAction.Read, Kind, subject.Value, part, decision, session?.Reason, ct);
        if (decision.HideExistence)
        {
            return new Outcome(Status.NotFound, actor, null, decision);
        }

        if (!decision.Allowed)
        {
            return new Outcome(Status.Refused, actor, null, decision);
        }

        var file = await personnel.GetAsync(actor.OrganisationId, subject, ct);
        return file is null ? new Outcome(Status.NotFound, actor, null, decision) : new Outcome(Status.Opened, actor, file, decision);
    }

    /// <summary>Records the reason for opening the personnel file when the engine allows it with that reason.</summary>
    public async Task<Outcome> GiveReasonAsync(UserId subject, AccessReason reason, CancellationToken ct = default)
    {
        var actor = await current.GetAsync(ct);
        var facts = actor is null ? null : await personnel.GetFactsAsync(actor.OrganisationId, subject, ct);
        if (actor is null || facts is null)
        {
            return new Outcome(Status.NotFound, actor, null, null);
        }

        var decision = await DecideAsync(actor, facts, reason, ct);
        await audit.RecordAsync(actor, "reason", Kind, subject.ToString(), decision.Allowed ? Core.Audit.AuditOutcome.Allowed : Core.Audit.AuditOutcome.Refused,
            decision.Rule, reason, "file", ct);
        if (!decision.Allowed)
        {
            return new Outcome(decision.HideExistence ? Status.NotFound : Status.Refused, actor, null, decision);
        }

        await sessions.StartAsync(actor.OrganisationId, actor.UserId, Kind, subject.Value, reason, false, ct);
        return new Outcome(Status.Opened, actor, null, decision);
    }

    /// <summary>The engine's decision to read the personnel file now, with the organisation's rules.</summary>
    private async Task<AccessDecision> DecideAsync(Actor actor, PersonnelFileFacts facts, AccessReason? reason, CancellationToken ct) =>
        policy.Decide(new PersonnelAccessRequest(actor, AccessAction.Read, facts, time.GetUtcNow())
        {
            Rules = await rules.ForAsync(actor.OrganisationId, ct),
            Reason = reason,
        });
}
