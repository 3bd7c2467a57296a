using Confide.Core.Staff;

namespace Confide.Core.Access;

/// <summary>A time-limited grant of read access to named files for one person, with its purpose.</summary>
/// <param name="Id">The grant.</param>
/// <param name="Kind">Which kind of grant, and so which role the grantee must hold.</param>
/// <param name="GranteeId">Who may read.</param>
/// <param name="IssuedBy">Who issued it.</param>
/// <param name="ValidFrom">When it starts (UTC).</param>
/// <param name="ValidUntil">When it ends (UTC, exclusive).</param>
/// <param name="Purpose">Why, in a few words (no names).</param>
public sealed record AccessGrant(GrantId Id, GrantKind Kind, UserId GranteeId, UserId IssuedBy, DateTimeOffset ValidFrom, DateTimeOffset ValidUntil, string Purpose)
{
    /// <summary>When it was revoked, if it was.</summary>
    public DateTimeOffset? RevokedAt { get; init; }

    /// <summary>For a contractor: when the confidentiality undertaking was signed.</summary>
    public DateTimeOffset? UndertakingSignedAt { get; init; }

    /// <summary>For an auditor: the coordinator who attested being present, and until when.</summary>
    public CoordinatorPresence? Presence { get; init; }

    /// <summary>True when the grant is in force at <paramref name="at"/>: started, not ended, not revoked.</summary>
    public bool IsActiveAt(DateTimeOffset at) => ValidFrom <= at && at < ValidUntil && (RevokedAt is null || RevokedAt > at);
}
