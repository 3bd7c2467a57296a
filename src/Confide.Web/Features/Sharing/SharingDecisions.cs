using Confide.Core.Access;
using Confide.Core.Audit;
using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Core.Profiles;
using Confide.Core.Sharing;
using Confide.Data.Sharing;
using Confide.Web.Features.Access;
using Confide.Web.Features.Families;

namespace Confide.Web.Features.Sharing;

/// <summary>
/// Makes sharing decisions on behalf of the signed-in person, for the pages and the API alike: the file is opened
/// through <see cref="FamilyFileAccess"/> (part "sharing", full view only), the core rules decide, a share through
/// the portal is published before anything is recorded as sent, and every step, refusals included, is audited
/// with codes only.
/// </summary>
public sealed class SharingDecisions(
    FamilyFileAccess files,
    IAgencyDirectory agencies,
    IConsentCoverageSource consents,
    ISecureShareChannel portal,
    SharingRecords records,
    OrganisationSharingRules sharingRules,
    AccessAudit audit,
    TimeProvider time)
{
    public const string Part = "sharing";

    /// <summary>How long a portal link works.</summary>
    public static readonly TimeSpan PortalLifetime = TimeSpan.FromDays(14);

    /// <summary>What deciding came to: the decision (and the portal link, shown once), or the problems.</summary>
    public sealed record Outcome(SharingDecision? Decision, PublishedShare? Published, IReadOnlyList<ValidationError> Errors)
    {
        public bool Succeeded => Decision is not null;
    }

    /// <summary>What the new-decision form offers: the file's items, the agencies, the profile's rules.</summary>
    public sealed record Choices(IReadOnlyList<FileItem> Items, IReadOnlyList<Agency> Agencies, SharingRules Rules, DateOnly Today);

    /// <summary>
    /// Opens the file for the sharing part: reading the log (Read) or deciding (Write); the volunteer view is refused.
    /// Deciding shows and sends the file's content, so it is a reading too: the reason the profile asks for is needed
    /// first, and both decisions are on the record of access.
    /// </summary>
    public async Task<FamilyFileAccess.Outcome> OpenAsync(FamilyId family, AccessAction action, CancellationToken ct = default)
    {
        var read = await files.OpenAsync(family, AccessAction.Read, Part, ct, fullViewOnly: true);
        return action == AccessAction.Read || read.Status != FamilyFileAccess.Status.Opened
            ? read
            : await files.OpenAsync(family, action, Part, ct, fullViewOnly: true);
    }

    public async Task<Choices> ChoicesAsync(FamilyFileAccess.Opened opened, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(opened);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var registered = (await agencies.ListAsync(opened.Actor.OrganisationId, ct)).Where(a => a.Registered(today)).ToList();
        return new Choices(FileItems.From(opened.File), registered, await sharingRules.ForAsync(opened.Actor.OrganisationId, ct), today);
    }

    /// <summary>The consent answer for what the draft would share, or null when agency, purpose or items are not chosen yet.</summary>
    public async Task<CoverageAnswer?> CoverageAsync(FamilyFileAccess.Opened opened, SharingDecisionDraft draft, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(opened);
        ArgumentNullException.ThrowIfNull(draft);
        var agency = draft.AgencyId is { } id ? await agencies.FindAsync(opened.Actor.OrganisationId, id, ct) : null;
        return await CoverageAsync(opened, draft, agency, FileItems.From(opened.File), ct);
    }

    /// <summary>Decides on the draft; the unrecognised choices of the input count as problems too.</summary>
    public async Task<Outcome> DecideAsync(FamilyFileAccess.Opened opened, SharingDecisionDraft draft, IReadOnlyList<ValidationError> unrecognised, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(opened);
        ArgumentNullException.ThrowIfNull(draft);
        var actor = opened.Actor;
        var family = opened.File.Family.Id;
        var items = FileItems.From(opened.File);
        var agency = draft.AgencyId is { } id ? await agencies.FindAsync(actor.OrganisationId, id, ct) : null;
        var coverage = await CoverageAsync(opened, draft, agency, items, ct);
        var context = new SharingContext(actor.OrganisationId, family, await sharingRules.ForAsync(actor.OrganisationId, ct), agency, items, coverage, actor.UserId, time.GetUtcNow());
        var decided = SharingDecisionRules.Decide(draft, context);
        var errors = SharingDraftInput.Merge(unrecognised, decided.Errors);
        if (errors.Count > 0)
        {
            return await RefuseAsync(opened, errors, ct);
        }

        var decision = decided.Value;
        if (decision.Outcome == SharingOutcome.NotShared)
        {
            await records.SaveAsync(decision, null, ct);
            await AuditAsync(opened, "share.not-shared", AuditOutcome.Allowed, "not-shared", ct);
            return new Outcome(decision, null, []);
        }

        PublishedShare? published = null;
        if (decision.Channel == ShareChannel.SecurePortal)
        {
            var parcel = new ShareParcel(actor.OrganisationId, family, decision.Id, decision.AgencyId, decision.RecipientName, decision.Items,
                decision.DecidedAt + PortalLifetime, actor.UserId);
            var sent = await portal.PublishAsync(parcel, ct);
            if (!sent.Succeeded)
            {
                // Nothing is recorded as sent: the decision is not saved, and the attempt is on the record as refused.
                return await RefuseAsync(opened, sent.Errors.Select(e => e with { Field = "channel", Code = "share.publish_failed" }).ToList(), ct);
            }

            published = sent.Value;
            decision = decision with { PortalShareId = published.ShareId, PortalExpiresAt = published.ExpiresAt };
        }

        decision = decision with { SentAt = time.GetUtcNow() };
        try
        {
            await records.SaveAsync(decision, FamilyInformedTask.For(decision), ct);
        }
        catch
        {
            // The link must not outlive a decision that was never recorded.
            if (published is not null)
            {
                await portal.RevokeAsync(actor.OrganisationId, published.ShareId, actor.UserId, CancellationToken.None);
            }

            throw;
        }

        await AuditAsync(opened, "share.decide", AuditOutcome.Allowed, decision.Basis!.Code, ct);
        await AuditAsync(opened, "share.sent", AuditOutcome.Allowed, SnakeCase.Name(decision.Channel!.Value), ct);
        return new Outcome(decision, published, []);
    }

    /// <summary>Stops the decision's portal link working; false when it has none, or it was already revoked.</summary>
    public async Task<bool> RevokeAsync(FamilyFileAccess.Opened opened, SharingDecision decision, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(opened);
        ArgumentNullException.ThrowIfNull(decision);
        var revoked = decision.PortalShareId is { } share && decision.PortalRevokedAt is null
            && await portal.RevokeAsync(opened.Actor.OrganisationId, share, opened.Actor.UserId, ct)
            && await records.MarkRevokedAsync(opened.Actor.OrganisationId, decision.FamilyId, decision.Id, time.GetUtcNow(), ct);
        await AuditAsync(opened, "share.revoke", revoked ? AuditOutcome.Allowed : AuditOutcome.Refused, revoked ? "revoked" : "share.not_revocable", ct);
        return revoked;
    }

    /// <summary>Completes a "family to be informed" task, or closes it with an allowed exemption.</summary>
    public async Task<Result<FamilyInformedTask>> CloseTaskAsync(FamilyFileAccess.Opened opened, FamilyInformedTask task, TaskClosing closing, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(opened);
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(closing);
        var now = time.GetUtcNow();
        var errors = new List<ValidationError>();
        var exemption = SharingDraftInput.Choice<UninformedReason>(closing.Exemption, "exemption", errors);
        var method = SharingDraftInput.Choice<InformMethod>(closing.Method, "method", errors);
        var closed = errors.Count > 0 ? Result<FamilyInformedTask>.Fail(errors)
            : closing.Exemption is not null
                ? task.CloseExempt(exemption, closing.ReviewOn, await sharingRules.ForAsync(opened.Actor.OrganisationId, ct), opened.Actor.UserId, now)
                : task.Complete(closing.ToldOn, method, opened.Actor.UserId, now);
        if (closed.Succeeded)
        {
            closed = await records.UpdateTaskAsync(closed.Value, ct);
        }

        await audit.RecordAsync(opened.Actor, "family-informed.complete", FamilyFileAccess.Kind, task.FamilyId.Value.ToString("D"),
            closed.Succeeded ? AuditOutcome.Allowed : AuditOutcome.Refused, closed.Succeeded ? SnakeCase.Name(closed.Value.Status) : Codes(closed.Errors), part: Part, ct: ct);
        return closed;
    }

    private async Task<CoverageAnswer?> CoverageAsync(FamilyFileAccess.Opened opened, SharingDecisionDraft draft, Agency? agency, IReadOnlyList<FileItem> items, CancellationToken ct)
    {
        var picked = SharingDecisionRules.Picked(draft, items);
        if (agency is null || draft.Purpose is not { } purpose || picked.Count == 0)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return await consents.AnswerAsync(opened.Actor.OrganisationId, SharingDecisionRules.Question(opened.File.Family.Id, agency, purpose, picked, today, draft.AgencyIsReferrer, draft.AgencyAlreadyInvolved), ct);
    }

    private async Task<Outcome> RefuseAsync(FamilyFileAccess.Opened opened, IReadOnlyList<ValidationError> errors, CancellationToken ct)
    {
        await AuditAsync(opened, "share.refused", AuditOutcome.Refused, Codes(errors), ct);
        return new Outcome(null, null, errors);
    }

    private Task AuditAsync(FamilyFileAccess.Opened opened, string action, AuditOutcome outcome, string rule, CancellationToken ct) =>
        audit.RecordAsync(opened.Actor, action, FamilyFileAccess.Kind, opened.File.Family.Id.Value.ToString("D"), outcome, rule, part: Part, ct: ct);

    private static string Codes(IEnumerable<ValidationError> errors) => string.Join(" ", errors.Select(e => e.Code).Distinct());
}
