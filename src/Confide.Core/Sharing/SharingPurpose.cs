namespace Confide.Core.Sharing;

/// <summary>
/// Why information would go to another agency. There is no commercial purpose: information is never sold,
/// traded or passed on for profit (CFS-13, CHS-03).
/// </summary>
public enum SharingPurpose
{
    /// <summary>Telling the referrer support started, changed or ended (LEI-24, WIR-23).</summary>
    ReferrerUpdate,

    /// <summary>Coordinating support with an agency already involved (WIR-05, LEI-26).</summary>
    CoordinatingSupport,

    /// <summary>Referring the family on to another service.</summary>
    OnwardReferral,

    /// <summary>Protecting a child or an adult: a safeguarding referral or a request from children's social care.</summary>
    Safeguarding,

    /// <summary>A multi-agency meeting or its report (WIR-07, LEI-28, LEI-30).</summary>
    MultiAgency,

    /// <summary>Answering the police, a court or another body with a legal power or duty.</summary>
    LegalDuty,
}
