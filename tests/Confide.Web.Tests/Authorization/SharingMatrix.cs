using Confide.Core.Staff;
using static Confide.Core.Staff.Role;
using static Confide.Web.Tests.Authorization.Outcome;
using static Confide.Web.Tests.Authorization.Relationship;

namespace Confide.Web.Tests.Authorization;

/// <summary>One person's expected outcome on every read endpoint of consent and information sharing.</summary>
public sealed record SharingRow(
    Role Role, Relationship Relationship,
    Outcome ConsentPage, Outcome DisclosureLogPage, Outcome SharesPage, Outcome LettersPage,
    Outcome ApiConsents, Outcome ApiSharingDecisions, Outcome ApiShareableItems, Outcome ApiShares)
{
    public Outcome Expected(FamilyEndpoint endpoint) => endpoint switch
    {
        FamilyEndpoint.ConsentPage => ConsentPage,
        FamilyEndpoint.DisclosureLogPage => DisclosureLogPage,
        FamilyEndpoint.SharesPage => SharesPage,
        FamilyEndpoint.LettersPage => LettersPage,
        FamilyEndpoint.ApiConsents => ApiConsents,
        FamilyEndpoint.ApiSharingDecisions => ApiSharingDecisions,
        FamilyEndpoint.ApiShareableItems => ApiShareableItems,
        FamilyEndpoint.ApiShares => ApiShares,
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, "Not a consent or sharing endpoint."),
    };
}

/// <summary>
/// The need-to-know matrix for reading a family's consents, disclosure log, shareable items, shares and letters under
/// the default access rules, written from src/Confide.Core/Access/README.md and docs/api.md (Consent; Sharing
/// decisions; Secure share portal and referrer letters): each is a Read of its part of the file, in the full view
/// only. So whoever reads the whole file (masked or not) reads them: the assigned coordinator, a line manager
/// supervising, the safeguarding lead, a trustee's spot-check, an auditor with a coordinator present, a contractor
/// with an undertaking. A matched volunteer's view is not the full view: refused (403). Explaining access ("who can
/// see") gives no read, so a scheme manager or chief officer with no relationship is refused. Another organisation's
/// file or a conflict of interest hides the file (404).
/// </summary>
public static class SharingMatrix
{
    public static IReadOnlyList<SharingRow> Rows { get; } =
    [
        //                                                    consent  disclos. shares   letters  api      api      api      api
        //  role              relationship                    page     log page page     page     consents decisions items   shares
        new(Coordinator,      Assigned,                       Open,    Open,    Open,    Open,    Open,    Open,    Open,    Open),
        new(Coordinator,      Supervising,                    Open,    Open,    Open,    Open,    Open,    Open,    Open,    Open),
        new(Coordinator,      None,                           Refused, Refused, Refused, Refused, Refused, Refused, Refused, Refused),
        new(Coordinator,      Excluded,                       Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden),
        new(Coordinator,      OtherOrganisation,              Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden),

        new(Volunteer,        Matched,                        Refused, Refused, Refused, Refused, Refused, Refused, Refused, Refused),
        new(Volunteer,        MatchEnded,                     Refused, Refused, Refused, Refused, Refused, Refused, Refused, Refused),
        new(Volunteer,        None,                           Refused, Refused, Refused, Refused, Refused, Refused, Refused, Refused),
        new(Volunteer,        Excluded,                       Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden),
        new(Volunteer,        OtherOrganisation,              Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden),

        new(SchemeManager,    Supervising,                    Open,    Open,    Open,    Open,    Open,    Open,    Open,    Open),
        new(SchemeManager,    None,                           Refused, Refused, Refused, Refused, Refused, Refused, Refused, Refused),
        new(SchemeManager,    Excluded,                       Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden),
        new(SchemeManager,    OtherOrganisation,              Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden),

        new(SafeguardingLead, None,                           Open,    Open,    Open,    Open,    Open,    Open,    Open,    Open),
        new(SafeguardingLead, Excluded,                       Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden),
        new(SafeguardingLead, OtherOrganisation,              Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden),

        new(Trustee,          SpotCheckGranted,               Open,    Open,    Open,    Open,    Open,    Open,    Open,    Open),
        new(Trustee,          GrantExpired,                   Refused, Refused, Refused, Refused, Refused, Refused, Refused, Refused),
        new(Trustee,          GrantRevoked,                   Refused, Refused, Refused, Refused, Refused, Refused, Refused, Refused),
        new(Trustee,          None,                           Refused, Refused, Refused, Refused, Refused, Refused, Refused, Refused),
        new(Trustee,          Excluded,                       Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden),
        new(Trustee,          OtherOrganisation,              Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden),

        new(ExternalAuditor,  SampleWithCoordinatorPresent,   Open,    Open,    Open,    Open,    Open,    Open,    Open,    Open),
        new(ExternalAuditor,  SampleWithoutCoordinator,       Refused, Refused, Refused, Refused, Refused, Refused, Refused, Refused),
        new(ExternalAuditor,  GrantExpired,                   Refused, Refused, Refused, Refused, Refused, Refused, Refused, Refused),
        new(ExternalAuditor,  GrantRevoked,                   Refused, Refused, Refused, Refused, Refused, Refused, Refused, Refused),
        new(ExternalAuditor,  None,                           Refused, Refused, Refused, Refused, Refused, Refused, Refused, Refused),
        new(ExternalAuditor,  Excluded,                       Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden),
        new(ExternalAuditor,  OtherOrganisation,              Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden),

        new(Contractor,       GrantedWithUndertaking,         Open,    Open,    Open,    Open,    Open,    Open,    Open,    Open),
        new(Contractor,       GrantedWithoutUndertaking,      Refused, Refused, Refused, Refused, Refused, Refused, Refused, Refused),
        new(Contractor,       GrantExpired,                   Refused, Refused, Refused, Refused, Refused, Refused, Refused, Refused),
        new(Contractor,       GrantRevoked,                   Refused, Refused, Refused, Refused, Refused, Refused, Refused, Refused),
        new(Contractor,       None,                           Refused, Refused, Refused, Refused, Refused, Refused, Refused, Refused),
        new(Contractor,       Excluded,                       Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden),
        new(Contractor,       OtherOrganisation,              Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden),

        new(Administrator,    None,                           Refused, Refused, Refused, Refused, Refused, Refused, Refused, Refused),
        new(Administrator,    Excluded,                       Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden),
        new(Administrator,    OtherOrganisation,              Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden),

        new(ChiefOfficer,     None,                           Refused, Refused, Refused, Refused, Refused, Refused, Refused, Refused),
        new(ChiefOfficer,     Excluded,                       Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden),
        new(ChiefOfficer,     OtherOrganisation,              Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden),

        new(OfficeManager,    None,                           Refused, Refused, Refused, Refused, Refused, Refused, Refused, Refused),
    ];
}
