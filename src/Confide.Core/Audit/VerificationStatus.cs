namespace Confide.Core.Audit;

/// <summary>The verdict on a log.</summary>
public enum VerificationStatus
{
    /// <summary>Every entry checks out and is covered by a good signed checkpoint.</summary>
    Intact,

    /// <summary>Every entry checks out, but the last ones are not yet covered by a checkpoint (chained, not signed).</summary>
    Unsealed,

    /// <summary>Something is wrong; <see cref="VerificationReport.Problem"/> names the first bad entry.</summary>
    Damaged,
}
