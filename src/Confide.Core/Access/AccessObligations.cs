namespace Confide.Core.Access;

/// <summary>What the caller must do when it acts on an allowing decision.</summary>
[Flags]
public enum AccessObligations
{
    /// <summary>Nothing beyond the view.</summary>
    None = 0,

    /// <summary>Mask special-category fields (health, ethnicity, religion, …).</summary>
    MaskSpecialCategory = 1,

    /// <summary>Alert the organisation's safeguarding lead at once (break-glass).</summary>
    AlertSafeguardingLead = 2,

    /// <summary>Open a review task for the access afterwards (break-glass).</summary>
    ReviewAfterwards = 4,
}
