using Confide.Core.Staff;
using static Confide.Core.Staff.Role;
using static Confide.Web.Tests.Authorization.Outcome;

namespace Confide.Web.Tests.Authorization;

/// <summary>The pages and API endpoints that run access control itself (grants, exclusions, reviews, the exception report).</summary>
public enum StaffTaskEndpoint
{
    GrantsPage,
    ExclusionsPage,
    ReviewsPage,
    ExceptionsPage,
    GrantsApi,
    ExclusionsApi,
    ExceptionsApi,
}

/// <summary>One role's expected outcome on each access-control endpoint (the role's account with no relationship).</summary>
public sealed record StaffTaskRow(
    Role Role, Outcome GrantsPage, Outcome ExclusionsPage, Outcome ReviewsPage, Outcome ExceptionsPage,
    Outcome GrantsApi, Outcome ExclusionsApi, Outcome ExceptionsApi)
{
    public Outcome Expected(StaffTaskEndpoint endpoint) => endpoint switch
    {
        StaffTaskEndpoint.GrantsPage => GrantsPage,
        StaffTaskEndpoint.ExclusionsPage => ExclusionsPage,
        StaffTaskEndpoint.ReviewsPage => ReviewsPage,
        StaffTaskEndpoint.ExceptionsPage => ExceptionsPage,
        StaffTaskEndpoint.GrantsApi => GrantsApi,
        StaffTaskEndpoint.ExclusionsApi => ExclusionsApi,
        _ => ExceptionsApi,
    };
}

/// <summary>
/// Who may open the access-control pages, from src/Confide.Core/Access/StaffTasks.cs: grants for those who manage
/// them (scheme manager, chief officer), attest a coordinator's presence (coordinator) or record an undertaking
/// (office manager too); exclusions for the administrator and chief officer; break-glass reviews for the
/// safeguarding lead; the exception report for trustees and the chief officer. A page refuses like the other
/// administration pages, with "Page not found" (404); the API with a 403 problem naming the roles needed.
/// </summary>
public static class StaffTaskMatrix
{
    public static IReadOnlyList<StaffTaskRow> Rows { get; } =
    [
        //  role              /access/ grants   exclusions reviews  exceptions  /api/v1/ grants  exclusions exceptions
        new(Coordinator,               Open,    Refused,   Refused, Refused,             Open,    Refused,   Refused),
        new(Volunteer,                 Refused, Refused,   Refused, Refused,             Refused, Refused,   Refused),
        new(SchemeManager,             Open,    Refused,   Refused, Refused,             Open,    Refused,   Refused),
        new(SafeguardingLead,          Refused, Refused,   Open,    Refused,             Refused, Refused,   Refused),
        new(Trustee,                   Refused, Refused,   Refused, Open,                Refused, Refused,   Open),
        new(ExternalAuditor,           Refused, Refused,   Refused, Refused,             Refused, Refused,   Refused),
        new(Contractor,                Refused, Refused,   Refused, Refused,             Refused, Refused,   Refused),
        new(Administrator,             Refused, Open,      Refused, Refused,             Refused, Open,      Refused),
        new(ChiefOfficer,              Open,    Open,      Refused, Open,                Open,    Open,      Open),
        new(OfficeManager,             Open,    Refused,   Refused, Refused,             Open,    Refused,   Refused),
    ];

    public static bool IsApi(this StaffTaskEndpoint endpoint) => endpoint >= StaffTaskEndpoint.GrantsApi;

    public static string Path(this StaffTaskEndpoint endpoint) => endpoint switch
    {
        StaffTaskEndpoint.GrantsPage => "/access/grants",
        StaffTaskEndpoint.ExclusionsPage => "/access/exclusions",
        StaffTaskEndpoint.ReviewsPage => "/access/reviews",
        StaffTaskEndpoint.ExceptionsPage => "/access/exceptions",
        StaffTaskEndpoint.GrantsApi => "/api/v1/grants",
        StaffTaskEndpoint.ExclusionsApi => "/api/v1/exclusions",
        _ => "/api/v1/reports/access-exceptions",
    };

    /// <summary>The status an outcome shows as: pages hide what a person may not use, the API says why not.</summary>
    public static int Status(this StaffTaskEndpoint endpoint, Outcome outcome) =>
        outcome == Open ? 200 : endpoint.IsApi() ? 403 : 404;
}
