namespace Confide.Core.Sharing;

/// <summary>Where a "family to be informed" task stands (SUF-15, WIR-08).</summary>
public enum InformedTaskStatus
{
    /// <summary>The family still has to be told.</summary>
    Open,

    /// <summary>The family was told (date and method recorded).</summary>
    Completed,

    /// <summary>Closed with an allowed exemption, to be reviewed on its review date.</summary>
    Exempt,
}
