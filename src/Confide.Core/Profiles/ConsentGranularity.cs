namespace Confide.Core.Profiles;

/// <summary>How finely consent to share is asked for.</summary>
public enum ConsentGranularity
{
    /// <summary>One consent given on accepting support.</summary>
    OnceAtAcceptance,

    /// <summary>General consent for routine contacts plus specific consent for anything more.</summary>
    GeneralAndSpecific,

    /// <summary>Consent for each share or disclosure.</summary>
    PerShare,

    /// <summary>Consent for specific information and per type of agency.</summary>
    PerAgencyType,
}
