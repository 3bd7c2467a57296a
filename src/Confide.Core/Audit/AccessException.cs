namespace Confide.Core.Audit;

/// <summary>Why an audit entry is on the trustees' exception report (SUF-21).</summary>
[Flags]
public enum AccessException
{
    /// <summary>Not an exception.</summary>
    None = 0,

    /// <summary>Access was refused.</summary>
    Refused = 1,

    /// <summary>The glass was broken.</summary>
    BreakGlass = 2,

    /// <summary>A file was opened with no reason given.</summary>
    WithoutReason = 4,

    /// <summary>A file was opened outside working hours.</summary>
    OutOfHours = 8,
}
