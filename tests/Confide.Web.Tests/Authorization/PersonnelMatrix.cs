using Confide.Core.Staff;
using static Confide.Core.Staff.Role;
using static Confide.Web.Tests.Authorization.Outcome;
using static Confide.Web.Tests.Authorization.Relationship;

namespace Confide.Web.Tests.Authorization;

/// <summary>A reader of a personnel file, the person whose file it is (both accounts of the world), and what GET /staff/{id} should come to.</summary>
public sealed record PersonnelRow(string Case, Role Reader, Relationship ReaderIs, Role Subject, Relationship SubjectIs, Outcome Expected);

/// <summary>
/// Personnel files under the default rules (personnel roles: chief officer, office manager): the person's own
/// file, their line manager, and those roles read it (WIR-29, CFS-07); a peer or anyone else gets a 403; a declared
/// conflict of interest hides it (404) even from a line manager or the chief officer, as does another organisation.
/// The world line-manages: the scheme manager (supervising) the assigned coordinator; the coordinator (supervising)
/// both volunteers of the family. Exclusions: the chief officer from the scheme manager's file, the supervising
/// coordinator from the matched volunteer's.
/// </summary>
public static class PersonnelMatrix
{
    public static IReadOnlyList<PersonnelRow> Rows { get; } =
    [
        //  case                                   reader                               file of                              expected
        new("own file (coordinator)",              Coordinator,      Assigned,          Coordinator,   Assigned,             Open),
        new("own file (volunteer)",                Volunteer,        Matched,           Volunteer,     Matched,              Open),
        new("own file (trustee)",                  Trustee,          None,              Trustee,       None,                 Open),
        new("line manager (scheme manager)",       SchemeManager,    Supervising,       Coordinator,   Assigned,             Open),
        new("line manager (coordinator)",          Coordinator,      Supervising,       Volunteer,     MatchEnded,           Open),
        new("chief officer, personnel role",       ChiefOfficer,     None,              Coordinator,   Assigned,             Open),
        new("office manager, personnel role",      OfficeManager,    None,              Coordinator,   Assigned,             Open),
        new("office manager, a trustee's file",    OfficeManager,    None,              Trustee,       None,                 Open),
        new("peer coordinator",                    Coordinator,      None,              Coordinator,   Assigned,             Refused),
        new("upwards, their line manager's file",  Coordinator,      Assigned,          SchemeManager, Supervising,          Refused),
        new("another scheme manager",              SchemeManager,    None,              Coordinator,   Assigned,             Refused),
        new("volunteer, their coordinator's file", Volunteer,        Matched,           Coordinator,   Supervising,          Refused),
        new("safeguarding lead",                   SafeguardingLead, None,              Coordinator,   Assigned,             Refused),
        new("trustee, not a personnel role here",  Trustee,          None,              Coordinator,   Assigned,             Refused),
        new("external auditor",                    ExternalAuditor,  None,              Coordinator,   Assigned,             Refused),
        new("administrator",                       Administrator,    None,              Coordinator,   Assigned,             Refused),
        new("chief officer, excluded",             ChiefOfficer,     None,              SchemeManager, Supervising,          Hidden),
        new("line manager, excluded",              Coordinator,      Supervising,       Volunteer,     Matched,              Hidden),
        new("coordinator of another organisation", Coordinator,      OtherOrganisation, Coordinator,   Assigned,             Hidden),
        new("chief officer of another organisation", ChiefOfficer,   OtherOrganisation, Coordinator,   Assigned,             Hidden),
    ];
}
