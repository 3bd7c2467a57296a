namespace Confide.Core.Portal;

/// <summary>One share on a family's list, for its sender: to whom, when, until when, how often opened, and its status.</summary>
public sealed record ShareSummary(
    Guid Id,
    Guid DecisionId,
    Guid AgencyId,
    string RecipientName,
    int ItemCount,
    DateTimeOffset SentAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt,
    ShareStatus Status,
    IReadOnlyList<DateTimeOffset> Views)
{
    /// <summary>The status at <paramref name="now"/> from the stored facts: revoked over expired over locks.</summary>
    public static ShareStatus StatusAt(DateTimeOffset now, DateTimeOffset expiresAt, DateTimeOffset? revokedAt, DateTimeOffset? lockedUntil, DateTimeOffset? blockedAt) =>
        revokedAt is not null ? ShareStatus.Revoked
        : expiresAt <= now ? ShareStatus.Expired
        : blockedAt is not null ? ShareStatus.Blocked
        : lockedUntil > now ? ShareStatus.Locked
        : ShareStatus.Open;
}
