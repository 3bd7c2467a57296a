namespace Confide.Core.Sharing;

/// <summary>What was decided: both outcomes are recorded, with their rationale (CFS-30, LEI-11).</summary>
public enum SharingOutcome
{
    /// <summary>The picked items are shared with the named recipient.</summary>
    Shared,

    /// <summary>It was decided not to share; nothing leaves the organisation.</summary>
    NotShared,
}
