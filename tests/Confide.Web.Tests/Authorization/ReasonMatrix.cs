using Confide.Core.Staff;
using static Confide.Core.Staff.Role;
using static Confide.Web.Tests.Authorization.Found;
using static Confide.Web.Tests.Authorization.Relationship;
using static Confide.Web.Tests.Authorization.Step;

namespace Confide.Web.Tests.Authorization;

/// <summary>What one step of opening a file on a profile that asks for reasons should come to.</summary>
public enum Step
{
    /// <summary>200 on a page or the API; 204 for the reason given.</summary>
    Opens,

    /// <summary>The page redirects to /families/{id}/reason; the API answers 403 with <c>rule: "reason-required"</c>. Nothing opened.</summary>
    AsksReason,

    /// <summary>403 with the engine's explanation: a reason does not make up for a missing relationship.</summary>
    Refused,

    /// <summary>404, as for a file that does not exist.</summary>
    Hidden,
}

/// <summary>
/// One person opening the Prompting organisation's file: before a reason (page, API), giving one through the API
/// (POST /api/v1/families/{id}/reason), then again (API, page); and whether search finds the file before any reason.
/// </summary>
public sealed record ReasonRow(Role Role, Relationship Relationship, string Purpose, Step PageBefore, Step ApiBefore, Step GiveReason, Step ApiAfter, Step PageAfter, Found Search);

/// <summary>
/// Reasons under the Leicestershire profile (LEI-16): volunteers, trustees, auditors and contractors give a reason
/// before a file opens, and it is on the record of access with the opening; paid staff are not asked. Discovery
/// never asks. A reason given without a right to the file is refused; an excluded person still sees no file.
/// </summary>
public static class ReasonMatrix
{
    public static IReadOnlyList<ReasonRow> Rows { get; } =
    [
        //  role             relationship                purpose        page       api         reason    api      page     search
        //                                                              before     before      given     after    after    (no reason)
        new(Volunteer,       Matched,                    "case-work",   AsksReason, AsksReason, Opens,   Opens,   Opens,   Listed),
        new(Trustee,         SpotCheckGranted,           "spot-check",  AsksReason, AsksReason, Opens,   Opens,   Opens,   Listed),
        new(ExternalAuditor, SampleWithoutCoordinator,   "audit",       AsksReason, AsksReason, Opens,   Opens,   Opens,   Listed),
        new(Contractor,      GrantedWithUndertaking,     "other",       AsksReason, AsksReason, Opens,   Opens,   Opens,   Unlisted),
        new(Coordinator,     Assigned,                   "case-work",   Opens,      Opens,      Opens,   Opens,   Opens,   Listed),
        new(SchemeManager,   Supervising,                "supervision", Opens,      Opens,      Opens,   Opens,   Opens,   Listed),
        new(Volunteer,       MatchEnded,                 "case-work",   Refused,    Refused,    Refused, Refused, Refused, Unlisted),
        new(Volunteer,       None,                       "case-work",   Refused,    Refused,    Refused, Refused, Refused, Unlisted),
        new(Contractor,      GrantedWithoutUndertaking,  "other",       Refused,    Refused,    Refused, Refused, Refused, Unlisted),
        new(Volunteer,       Excluded,                   "case-work",   Hidden,     Hidden,     Hidden,  Hidden,  Hidden,  Unlisted),
    ];
}
