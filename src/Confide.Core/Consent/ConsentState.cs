namespace Confide.Core.Consent;

/// <summary>Where a consent stands on a given day.</summary>
public enum ConsentState
{
    /// <summary>Granted, in force.</summary>
    Current,

    /// <summary>Granted, but past its expiry date.</summary>
    Expired,

    /// <summary>Granted, then withdrawn.</summary>
    Withdrawn,

    /// <summary>Refused.</summary>
    Refused,
}
