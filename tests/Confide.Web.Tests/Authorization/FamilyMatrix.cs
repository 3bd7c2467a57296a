using Confide.Core.Staff;
using static Confide.Core.Staff.Role;
using static Confide.Web.Tests.Authorization.Found;
using static Confide.Web.Tests.Authorization.Outcome;
using static Confide.Web.Tests.Authorization.Relationship;

namespace Confide.Web.Tests.Authorization;

/// <summary>What a request about a family file should come to.</summary>
public enum Outcome
{
    /// <summary>Allowed: 200 (302 back to the file after a note on the page, 201 for a note through the API); an "allowed" entry on the record of access.</summary>
    Open,

    /// <summary>403 with the engine's explanation and no family content; a "refused" entry on the record of access.</summary>
    Refused,

    /// <summary>404 exactly as for a file that does not exist (another organisation's, or a conflict of interest).</summary>
    Hidden,
}

/// <summary>Whether the family shows in a list (search results, caseload).</summary>
public enum Found
{
    Listed,
    Unlisted,
}

/// <summary>One person's expected outcome on every family endpoint; each cell is one case of the matrix.</summary>
public sealed record FamilyRow(
    Role Role, Relationship Relationship,
    Outcome FilePage, Outcome RecordOfAccessPage, Outcome WhoCanSeePage, Outcome NoteOnPage,
    Outcome NoteViaApi, Outcome ApiFile, Outcome ApiRecordOfAccess, Found Search, Found Caseload)
{
    public Outcome Expected(FamilyEndpoint endpoint) => endpoint switch
    {
        FamilyEndpoint.FilePage => FilePage,
        FamilyEndpoint.RecordOfAccessPage => RecordOfAccessPage,
        FamilyEndpoint.WhoCanSeePage => WhoCanSeePage,
        FamilyEndpoint.NoteOnPage => NoteOnPage,
        FamilyEndpoint.NoteViaApi => NoteViaApi,
        FamilyEndpoint.ApiFile => ApiFile,
        FamilyEndpoint.ApiRecordOfAccess => ApiRecordOfAccess,
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, "A list, not a file endpoint."),
    };

    public Found ExpectedListing(FamilyEndpoint endpoint) => endpoint switch
    {
        FamilyEndpoint.Search => Search,
        FamilyEndpoint.Caseload => Caseload,
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, "A file endpoint, not a list."),
    };
}

/// <summary>
/// The need-to-know matrix for family files under the default access rules (no reasons asked; an external auditor
/// reads only with a coordinator present), written from src/Confide.Core/Access/README.md and the web semantics:
/// another organisation's file or a conflict of interest hides the file (404, unlisted); any other refusal is a 403
/// with the explanation. The record of access and "who can see" are for those who read the whole file (masked or
/// not); "who can see" also for the roles that explain access (scheme manager, chief officer, safeguarding lead).
/// Supervision, grants and contractors read but never write. The caseload lists assigned, matched and granted files
/// the person may discover; a contractor reads only, so finds nothing.
/// </summary>
public static class FamilyMatrix
{
    public static IReadOnlyList<FamilyRow> Rows { get; } =
    [
        //                                                    file     record   who can  note     note     api      api      search    caseload
        //  role              relationship                    page     of acc.  see      (page)   (api)    file     rec.acc.
        new(Coordinator,      Assigned,                       Open,    Open,    Open,    Open,    Open,    Open,    Open,    Listed,   Listed),
        new(Coordinator,      Supervising,                    Open,    Open,    Open,    Refused, Refused, Open,    Open,    Listed,   Unlisted),
        new(Coordinator,      None,                           Refused, Refused, Refused, Refused, Refused, Refused, Refused, Unlisted, Unlisted),
        new(Coordinator,      Excluded,                       Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Unlisted, Unlisted),
        new(Coordinator,      OtherOrganisation,              Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Unlisted, Unlisted),

        new(Volunteer,        Matched,                        Open,    Refused, Refused, Open,    Open,    Open,    Refused, Listed,   Listed),
        new(Volunteer,        MatchEnded,                     Refused, Refused, Refused, Refused, Refused, Refused, Refused, Unlisted, Unlisted),
        new(Volunteer,        None,                           Refused, Refused, Refused, Refused, Refused, Refused, Refused, Unlisted, Unlisted),
        new(Volunteer,        Excluded,                       Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Unlisted, Unlisted),
        new(Volunteer,        OtherOrganisation,              Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Unlisted, Unlisted),

        new(SchemeManager,    Supervising,                    Open,    Open,    Open,    Refused, Refused, Open,    Open,    Listed,   Unlisted),
        new(SchemeManager,    None,                           Refused, Refused, Open,    Refused, Refused, Refused, Refused, Unlisted, Unlisted),
        new(SchemeManager,    Excluded,                       Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Unlisted, Unlisted),
        new(SchemeManager,    OtherOrganisation,              Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Unlisted, Unlisted),

        new(SafeguardingLead, None,                           Open,    Open,    Open,    Open,    Open,    Open,    Open,    Listed,   Unlisted),
        new(SafeguardingLead, Excluded,                       Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Unlisted, Unlisted),
        new(SafeguardingLead, OtherOrganisation,              Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Unlisted, Unlisted),

        new(Trustee,          SpotCheckGranted,               Open,    Open,    Open,    Refused, Refused, Open,    Open,    Listed,   Listed),
        new(Trustee,          GrantExpired,                   Refused, Refused, Refused, Refused, Refused, Refused, Refused, Unlisted, Unlisted),
        new(Trustee,          GrantRevoked,                   Refused, Refused, Refused, Refused, Refused, Refused, Refused, Unlisted, Unlisted),
        new(Trustee,          None,                           Refused, Refused, Refused, Refused, Refused, Refused, Refused, Unlisted, Unlisted),
        new(Trustee,          Excluded,                       Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Unlisted, Unlisted),
        new(Trustee,          OtherOrganisation,              Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Unlisted, Unlisted),

        new(ExternalAuditor,  SampleWithCoordinatorPresent,   Open,    Open,    Open,    Refused, Refused, Open,    Open,    Listed,   Listed),
        new(ExternalAuditor,  SampleWithoutCoordinator,       Refused, Refused, Refused, Refused, Refused, Refused, Refused, Listed,   Listed),
        new(ExternalAuditor,  GrantExpired,                   Refused, Refused, Refused, Refused, Refused, Refused, Refused, Unlisted, Unlisted),
        new(ExternalAuditor,  GrantRevoked,                   Refused, Refused, Refused, Refused, Refused, Refused, Refused, Unlisted, Unlisted),
        new(ExternalAuditor,  None,                           Refused, Refused, Refused, Refused, Refused, Refused, Refused, Unlisted, Unlisted),
        new(ExternalAuditor,  Excluded,                       Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Unlisted, Unlisted),
        new(ExternalAuditor,  OtherOrganisation,              Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Unlisted, Unlisted),

        new(Contractor,       GrantedWithUndertaking,         Open,    Open,    Open,    Refused, Refused, Open,    Open,    Unlisted, Unlisted),
        new(Contractor,       GrantedWithoutUndertaking,      Refused, Refused, Refused, Refused, Refused, Refused, Refused, Unlisted, Unlisted),
        new(Contractor,       GrantExpired,                   Refused, Refused, Refused, Refused, Refused, Refused, Refused, Unlisted, Unlisted),
        new(Contractor,       GrantRevoked,                   Refused, Refused, Refused, Refused, Refused, Refused, Refused, Unlisted, Unlisted),
        new(Contractor,       None,                           Refused, Refused, Refused, Refused, Refused, Refused, Refused, Unlisted, Unlisted),
        new(Contractor,       Excluded,                       Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Unlisted, Unlisted),
        new(Contractor,       OtherOrganisation,              Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Unlisted, Unlisted),

        new(Administrator,    None,                           Refused, Refused, Refused, Refused, Refused, Refused, Refused, Unlisted, Unlisted),
        new(Administrator,    Excluded,                       Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Unlisted, Unlisted),
        new(Administrator,    OtherOrganisation,              Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Unlisted, Unlisted),

        new(ChiefOfficer,     None,                           Refused, Refused, Open,    Refused, Refused, Refused, Refused, Unlisted, Unlisted),
        new(ChiefOfficer,     Excluded,                       Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Unlisted, Unlisted),
        new(ChiefOfficer,     OtherOrganisation,              Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Hidden,  Unlisted, Unlisted),

        new(OfficeManager,    None,                           Refused, Refused, Refused, Refused, Refused, Refused, Refused, Unlisted, Unlisted),
    ];
}
