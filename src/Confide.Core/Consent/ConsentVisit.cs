namespace Confide.Core.Consent;

/// <summary>The visit at which consent was sought (WIR-05).</summary>
public enum ConsentVisit
{
    /// <summary>The initial visit.</summary>
    Initial,

    /// <summary>A review visit.</summary>
    Review,
}
