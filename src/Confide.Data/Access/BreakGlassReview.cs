using Confide.Core.Families;
using Confide.Core.Staff;

namespace Confide.Data.Access;

/// <summary>The review owed after <paramref name="UserId"/> broke the glass on <paramref name="FamilyId"/>.</summary>
public sealed record BreakGlassReview(
    BreakGlassReviewId Id, UserId UserId, FamilyId FamilyId, DateTimeOffset OpenedAt, UserId? ReviewedBy, DateTimeOffset? ReviewedAt, BreakGlassOutcome? Outcome)
{
    /// <summary>True until someone has reviewed it.</summary>
    public bool IsOpen => ReviewedAt is null;
}
