namespace Confide.Core.Access;

/// <summary>The kinds of time-limited grant, each for one role.</summary>
public enum GrantKind
{
    /// <summary>A trustee's spot-check of named files (WIR-28).</summary>
    TrusteeSpotCheck,

    /// <summary>An external auditor's sample of named files, during the audit window (SUF-28, WIR-39).</summary>
    AuditorSample,

    /// <summary>A contractor's incidental access to named files, only after a signed confidentiality undertaking.</summary>
    ContractorIncidental,
}
