namespace Confide.Core.Profiles;

/// <summary>How a police request for information is answered.</summary>
public enum PoliceRule
{
    /// <summary>A witness statement drawn only from dated, signed records.</summary>
    WitnessStatementFromSignedRecords,

    /// <summary>Normally refused unless a policy exception or a court order applies.</summary>
    RefuseUnlessExceptionOrCourtOrder,

    /// <summary>No procedure; released only on the serious-crime ground.</summary>
    SeriousCrimeGroundOnly,

    /// <summary>Released when the police need it to prevent or detect crime.</summary>
    PreventOrDetectCrime,

    /// <summary>Handled under separate guidance outside the policy.</summary>
    SeparateGuidance,

    /// <summary>The policy does not say.</summary>
    NotStated,
}
