using Confide.Core.Staff;

namespace Confide.Data.Access;

/// <summary>A declared conflict of interest: <paramref name="UserId"/> does not see <paramref name="Target"/> while it is in force.</summary>
public sealed record ConflictExclusion(
    ExclusionId Id, UserId UserId, ExclusionTarget Target, UserId DeclaredBy, DateTimeOffset DeclaredAt, DateTimeOffset? LiftedAt, UserId? LiftedBy)
{
    /// <summary>True until it is lifted.</summary>
    public bool InForce => LiftedAt is null;
}
