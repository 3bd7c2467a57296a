using Confide.Core.Access;
using Confide.Core.Families;
using Confide.Core.Staff;
using Confide.Data.Records;

namespace Confide.Data.Access;

/// <summary>Explicit mapping between the access tables' rows and the types callers see.</summary>
internal static class AccessRowMapping
{
    public static AccessGrant ToDomain(AccessGrantRow row) =>
        new(new GrantId(row.Id), StoredNames<GrantKind>.Parse(row.Kind), new UserId(row.GranteeId), new UserId(row.IssuedBy), row.ValidFrom, row.ValidUntil, row.Purpose)
        {
            RevokedAt = row.RevokedAt,
            UndertakingSignedAt = row.UndertakingSignedAt,
            Presence = row is { PresenceCoordinatorId: { } coordinator, PresenceAttestedAt: { } attested, PresenceUntil: { } until }
                ? new CoordinatorPresence(new UserId(coordinator), attested, until)
                : null,
        };

    public static ConflictExclusion ToDomain(ConflictExclusionRow row) =>
        new(new ExclusionId(row.Id), new UserId(row.UserId), new ExclusionTarget(row.ResourceKind, row.ResourceId), new UserId(row.DeclaredBy), row.DeclaredAt,
            row.LiftedAt, row.LiftedBy is { } by ? new UserId(by) : null);

    public static AccessSession ToDomain(AccessSessionRow row) =>
        new(new AccessSessionId(row.Id), new UserId(row.UserId), row.ResourceKind, row.ResourceId,
            new AccessReason(StoredNames<AccessPurpose>.Parse(row.Purpose), row.Detail), row.BreakGlass, row.OpenedAt, row.ExpiresAt);

    public static BreakGlassReview ToDomain(BreakGlassReviewRow row) =>
        new(new BreakGlassReviewId(row.Id), new UserId(row.UserId), new FamilyId(row.FamilyId), row.OpenedAt,
            row.ReviewedBy is { } by ? new UserId(by) : null, row.ReviewedAt, row.Outcome is { } o ? StoredNames<BreakGlassOutcome>.Parse(o) : null);

    public static Alert ToDomain(AlertRow row) =>
        new(new AlertId(row.Id), new UserId(row.RecipientId), row.Kind, row.ResourceKind, row.ResourceId, row.CreatedAt, row.ReadAt);
}
