namespace Confide.Core.Profiles;

/// <summary>A reason a family may be left uninformed of a share.</summary>
public enum UninformedReason
{
    /// <summary>Telling them could cause harm to them, a child or a vulnerable adult.</summary>
    RiskOfHarm,

    /// <summary>Telling them could jeopardise a police, social-care or agency investigation.</summary>
    JeopardiseInvestigation,

    /// <summary>Telling them would be unsafe or impractical for the child.</summary>
    UnsafeOrImpractical,
}
