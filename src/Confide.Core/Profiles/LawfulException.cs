namespace Confide.Core.Profiles;

/// <summary>A ground on which information may be shared without consent. Written in snake_case in profiles.</summary>
public enum LawfulException
{
    /// <summary>To protect the welfare or safety of a child or young person (safeguarding).</summary>
    ChildWelfare,

    /// <summary>To protect a vulnerable adult.</summary>
    VulnerableAdultWelfare,

    /// <summary>Evidence or reasonable cause to believe a child is suffering, or at risk of, significant harm.</summary>
    SignificantHarmToChild,

    /// <summary>Risk of serious harm to an adult.</summary>
    SeriousHarmToAdult,

    /// <summary>Prevention, detection or prosecution of serious crime.</summary>
    SeriousCrime,

    /// <summary>A suspected disclosable offence, as the profile's <c>disclosable_offences</c> lists them.</summary>
    DisclosableOffence,

    /// <summary>Suspected terrorism.</summary>
    Terrorism,

    /// <summary>A court order or subpoena requires it.</summary>
    CourtOrder,

    /// <summary>Another statutory duty requires it.</summary>
    StatutoryDuty,

    /// <summary>An emergency.</summary>
    Emergency,

    /// <summary>Public safety is at risk.</summary>
    PublicSafety,

    /// <summary>The police need the information to prevent or detect crime.</summary>
    PolicePreventDetectCrime,

    /// <summary>Asking for consent would itself endanger a child.</summary>
    AskingEndangersChild,

    /// <summary>Transfer to another scheme when there are current or past safeguarding concerns.</summary>
    TransferPastSafeguarding,

    /// <summary>A multi-agency meeting where seeking consent would be unsafe or impractical for the child.</summary>
    MultiAgencyUnsafeConsent,
}
