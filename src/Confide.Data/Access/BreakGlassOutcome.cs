namespace Confide.Data.Access;

/// <summary>What the reviewer of a break-glass access decided.</summary>
public enum BreakGlassOutcome
{
    /// <summary>The emergency access was justified.</summary>
    Justified,

    /// <summary>The emergency access was not justified (a matter for the breach register or HR).</summary>
    NotJustified,
}
