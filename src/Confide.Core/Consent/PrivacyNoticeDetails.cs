using Confide.Core.Staff;

namespace Confide.Core.Consent;

/// <summary>How a privacy notice was explained, as entered, before validation.</summary>
public sealed record PrivacyNoticeDetails
{
    /// <summary>The notice's version, e.g. <c>PN-2024-03</c>.</summary>
    public string? NoticeVersion { get; init; }

    /// <summary>The day it was explained.</summary>
    public DateOnly? ExplainedOn { get; init; }

    /// <summary>The member of staff who explained it.</summary>
    public UserId? ExplainedBy { get; init; }

    /// <summary>Explained aloud.</summary>
    public bool Verbally { get; init; }

    /// <summary>The version of the leaflet or information pack given, when given in writing (WIR-04, LEI-06).</summary>
    public string? LeafletVersion { get; init; }

    /// <summary>How information is shared inside the organisation and outside it was explained (LEI-06).</summary>
    public bool SharingExplained { get; init; }

    /// <summary>What may follow from agreeing or refusing was explained (CHS-12, CHS-13).</summary>
    public bool RefusalConsequencesExplained { get; init; }

    /// <summary>Whether an absent partner was made aware (SUF-14).</summary>
    public AbsentPartner? AbsentPartner { get; init; }

    /// <summary>How the absent partner was told.</summary>
    public string? AbsentPartnerHow { get; init; }

    /// <summary>When the absent partner was told.</summary>
    public DateOnly? AbsentPartnerToldOn { get; init; }

    /// <summary>Why the absent partner was not told.</summary>
    public string? AbsentPartnerWhyNot { get; init; }
}
