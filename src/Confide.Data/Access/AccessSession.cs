using Confide.Core.Access;
using Confide.Core.Staff;

namespace Confide.Data.Access;

/// <summary>The reason a person gave when opening a file; while it lasts they are not asked again.</summary>
public sealed record AccessSession(
    AccessSessionId Id, UserId UserId, string ResourceKind, Guid ResourceId, AccessReason Reason, bool BreakGlass, DateTimeOffset OpenedAt, DateTimeOffset ExpiresAt)
{
    /// <summary>True when the session still holds at <paramref name="at"/>.</summary>
    public bool HoldsAt(DateTimeOffset at) => OpenedAt <= at && at < ExpiresAt;
}
