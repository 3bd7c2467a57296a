namespace Confide.Core.Profiles;

/// <summary>How a court request for information is answered.</summary>
public enum CourtRule
{
    /// <summary>A witness statement drawn only from dated, signed records.</summary>
    WitnessStatementFromSignedRecords,

    /// <summary>Only against a subpoena or witness summons, unless a policy exception applies.</summary>
    SubpoenaRequired,

    /// <summary>A court order is a statutory-duty ground for sharing.</summary>
    CourtOrderStatutoryDuty,

    /// <summary>The policy does not say.</summary>
    NotStated,
}
