namespace Confide.Data.Access;

/// <summary>Identifies the review of one break-glass access.</summary>
public readonly record struct BreakGlassReviewId(Guid Value)
{
    public override string ToString() => Value.ToString("D");
}
