using Confide.Core.Profiles;

namespace Confide.Core.Sharing;

/// <summary>The words a coordinator reads for the sharing vocabulary (pages, messages).</summary>
public static class SharingLabels
{
    public static string Of(LawfulException e) => e switch
    {
        LawfulException.ChildWelfare => "To protect the welfare or safety of a child",
        LawfulException.VulnerableAdultWelfare => "To protect a vulnerable adult",
        LawfulException.SignificantHarmToChild => "A child is suffering, or at risk of, significant harm",
        LawfulException.SeriousHarmToAdult => "Risk of serious harm to an adult",
        LawfulException.SeriousCrime => "Prevention, detection or prosecution of serious crime",
        LawfulException.DisclosableOffence => "A suspected disclosable offence",
        LawfulException.Terrorism => "Suspected terrorism",
        LawfulException.CourtOrder => "A court order or subpoena requires it",
        LawfulException.StatutoryDuty => "Another statutory duty requires it",
        LawfulException.Emergency => "An emergency",
        LawfulException.PublicSafety => "Public safety is at risk",
        LawfulException.PolicePreventDetectCrime => "The police need it to prevent or detect crime",
        LawfulException.AskingEndangersChild => "Asking for consent would endanger a child",
        LawfulException.TransferPastSafeguarding => "Transfer to another scheme with current or past safeguarding concerns",
        LawfulException.MultiAgencyUnsafeConsent => "Multi-agency meeting where seeking consent is unsafe or impractical for the child",
        _ => e.ToString(),
    };

    public static string Of(UninformedReason r) => r switch
    {
        UninformedReason.RiskOfHarm => "Telling them could cause harm to them, a child or a vulnerable adult",
        UninformedReason.JeopardiseInvestigation => "Telling them could jeopardise a police, social-care or agency investigation",
        UninformedReason.UnsafeOrImpractical => "Telling them would be unsafe or impractical for the child",
        _ => r.ToString(),
    };

    public static string Of(SharingPurpose p) => p switch
    {
        SharingPurpose.ReferrerUpdate => "Update to the referrer",
        SharingPurpose.CoordinatingSupport => "Coordinating support with an agency already involved",
        SharingPurpose.OnwardReferral => "Referring the family on to another service",
        SharingPurpose.Safeguarding => "Safeguarding: protecting a child or an adult",
        SharingPurpose.MultiAgency => "Multi-agency meeting or report",
        SharingPurpose.LegalDuty => "Answering a legal power or duty",
        _ => p.ToString(),
    };

    public static string Of(AgencyCategory c) => c switch
    {
        AgencyCategory.HealthVisitor => "Health visitor",
        AgencyCategory.ChildrensCentre => "Children's centre",
        AgencyCategory.ChildrensSocialCare => "Children's social care",
        AgencyCategory.AdultSocialCare => "Adult social care",
        AgencyCategory.School => "School",
        AgencyCategory.Gp => "GP",
        AgencyCategory.Police => "Police",
        AgencyCategory.Court => "Court",
        AgencyCategory.Housing => "Housing",
        AgencyCategory.VoluntarySector => "Voluntary sector",
        _ => "Other",
    };

    public static string Of(ShareChannel c) => c switch
    {
        ShareChannel.SecurePortal => "Secure share portal",
        ShareChannel.Phone => "Telephone",
        ShareChannel.Meeting => "In a meeting",
        ShareChannel.Post => "Post to the named recipient",
        _ => c.ToString(),
    };

    public static string Of(TellingFamily t) => t switch
    {
        TellingFamily.Before => "Told before sharing",
        TellingFamily.After => "To be told after sharing",
        TellingFamily.NotTold => "Not told",
        _ => t.ToString(),
    };

    public static string Of(InformMethod m) => m switch
    {
        InformMethod.InPerson => "In person",
        InformMethod.Phone => "By telephone",
        InformMethod.Letter => "By letter",
        _ => m.ToString(),
    };

    public static string Of(SharingOutcome o) => o == SharingOutcome.Shared ? "Shared" : "Not shared";
}
