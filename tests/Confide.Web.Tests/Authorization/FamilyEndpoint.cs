using System.Net.Http.Json;
using Confide.Core.Families;
using Confide.Core.Staff;

namespace Confide.Web.Tests.Authorization;

/// <summary>The pages and API endpoints of the matrix that concern one family file.</summary>
public enum FamilyEndpoint
{
    FilePage,
    RecordOfAccessPage,
    WhoCanSeePage,
    NoteOnPage,
    NoteViaApi,
    ApiFile,
    ApiRecordOfAccess,
    Search,
    Caseload,
    ConsentPage,
    DisclosureLogPage,
    SharesPage,
    LettersPage,
    ApiConsents,
    ApiSharingDecisions,
    ApiShareableItems,
    ApiShares,
}

/// <summary>How each endpoint is asked, what it writes on the record of access, and how its answers look.</summary>
public static class FamilyEndpoints
{
    public static bool IsList(this FamilyEndpoint endpoint) => endpoint is FamilyEndpoint.Search or FamilyEndpoint.Caseload;

    public static bool IsApi(this FamilyEndpoint endpoint) => endpoint is FamilyEndpoint.NoteViaApi or FamilyEndpoint.ApiFile or FamilyEndpoint.ApiRecordOfAccess
        or FamilyEndpoint.ApiConsents or FamilyEndpoint.ApiSharingDecisions or FamilyEndpoint.ApiShareableItems or FamilyEndpoint.ApiShares;

    /// <summary>The read endpoints of consent and information sharing (<see cref="SharingMatrix"/>).</summary>
    public static bool IsSharing(this FamilyEndpoint endpoint) => endpoint >= FamilyEndpoint.ConsentPage;

    public static string Label(this FamilyEndpoint endpoint) => endpoint switch
    {
        FamilyEndpoint.FilePage => "GET /families/{id}",
        FamilyEndpoint.RecordOfAccessPage => "GET /families/{id}/access",
        FamilyEndpoint.WhoCanSeePage => "GET /families/{id}/who-can-see",
        FamilyEndpoint.NoteOnPage => "POST /families/{id}?handler=Note",
        FamilyEndpoint.NoteViaApi => "POST /api/v1/families/{id}/notes",
        FamilyEndpoint.ApiFile => "GET /api/v1/families/{id}",
        FamilyEndpoint.ApiRecordOfAccess => "GET /api/v1/families/{id}/record-of-access",
        FamilyEndpoint.Search => "GET /families/search?q={surname}",
        FamilyEndpoint.Caseload => "GET /api/v1/caseload",
        FamilyEndpoint.ConsentPage => "GET /families/{id}/consent",
        FamilyEndpoint.DisclosureLogPage => "GET /families/{id}/sharing",
        FamilyEndpoint.SharesPage => "GET /families/{id}/shares",
        FamilyEndpoint.LettersPage => "GET /families/{id}/letters",
        FamilyEndpoint.ApiConsents => "GET /api/v1/families/{id}/consents",
        FamilyEndpoint.ApiSharingDecisions => "GET /api/v1/families/{id}/sharing-decisions",
        FamilyEndpoint.ApiShareableItems => "GET /api/v1/families/{id}/shareable-items",
        FamilyEndpoint.ApiShares => "GET /api/v1/families/{id}/shares",
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint)),
    };

    /// <summary>The status an outcome shows as on this endpoint.</summary>
    public static int Status(this FamilyEndpoint endpoint, Outcome outcome) => (endpoint, outcome) switch
    {
        (FamilyEndpoint.NoteOnPage, Outcome.Open) => 302,
        (FamilyEndpoint.NoteViaApi, Outcome.Open) => 201,
        (_, Outcome.Open) => 200,
        (_, Outcome.Refused) => 403,
        _ => 404,
    };

    /// <summary>The action and part an opening or refusal through this endpoint is written with; null for none.</summary>
    public static (string Action, string Part)? AuditedAs(this FamilyEndpoint endpoint) => endpoint switch
    {
        FamilyEndpoint.FilePage or FamilyEndpoint.ApiFile => ("read", "file"),
        FamilyEndpoint.RecordOfAccessPage or FamilyEndpoint.ApiRecordOfAccess => ("read", "record-of-access"),
        FamilyEndpoint.WhoCanSeePage => ("explain", "who-can-see"),
        FamilyEndpoint.NoteOnPage => ("write", "notes"),
        FamilyEndpoint.NoteViaApi => ("write", "file"),
        FamilyEndpoint.Search => ("discover", "search-result"),

        // Reading consent, the disclosure log, the shareable items, shares and letters is a Read of the file's part
        // (docs/api.md Consent, Sharing decisions, Secure share portal and referrer letters); only deciding and changing write.
        FamilyEndpoint.ConsentPage or FamilyEndpoint.ApiConsents => ("read", "consent"),
        FamilyEndpoint.DisclosureLogPage or FamilyEndpoint.ApiSharingDecisions or FamilyEndpoint.ApiShareableItems => ("read", "sharing"),
        FamilyEndpoint.SharesPage or FamilyEndpoint.ApiShares => ("read", "sharing"),
        FamilyEndpoint.LettersPage => ("read", "letters"),
        _ => null,
    };

    public static async Task<HttpResponseMessage> SendAsync(this FamilyEndpoint endpoint, AuthorizationWorld world, UserId person, FamilyFile file)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(file);
        var client = endpoint.IsApi() || endpoint == FamilyEndpoint.Caseload ? await world.ApiClientForAsync(person) : world.ClientFor(person);
        var id = file.Family.Id;
        switch (endpoint)
        {
            case FamilyEndpoint.NoteOnPage:
                using (var form = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["ContactOn"] = DateTime.UtcNow.ToString("yyyy-MM-dd"),
                    ["Text"] = "Matrix note.",
                    ["__RequestVerificationToken"] = await world.AntiForgeryTokenAsync(person),
                }))
                {
                    return await client.PostAsync(Relative($"/families/{id}?handler=Note"), form);
                }

            case FamilyEndpoint.NoteViaApi:
                return await client.PostAsJsonAsync(Relative($"/api/v1/families/{id}/notes"), new { contactOn = DateTime.UtcNow.ToString("yyyy-MM-dd"), text = "Matrix note." });
            case FamilyEndpoint.Search:
                return await client.GetAsync(Relative($"/families/search?q={Uri.EscapeDataString(file.Family.Members[0].FamilyName)}"));
            default:
                return await client.GetAsync(Relative(endpoint switch
                {
                    FamilyEndpoint.FilePage => $"/families/{id}",
                    FamilyEndpoint.RecordOfAccessPage => $"/families/{id}/access",
                    FamilyEndpoint.WhoCanSeePage => $"/families/{id}/who-can-see",
                    FamilyEndpoint.ApiFile => $"/api/v1/families/{id}",
                    FamilyEndpoint.ApiRecordOfAccess => $"/api/v1/families/{id}/record-of-access",
                    FamilyEndpoint.Caseload => "/api/v1/caseload",
                    FamilyEndpoint.ConsentPage => $"/families/{id}/consent",
                    FamilyEndpoint.DisclosureLogPage => $"/families/{id}/sharing",
                    FamilyEndpoint.SharesPage => $"/families/{id}/shares",
                    FamilyEndpoint.LettersPage => $"/families/{id}/letters",
                    FamilyEndpoint.ApiConsents => $"/api/v1/families/{id}/consents",
                    FamilyEndpoint.ApiSharingDecisions => $"/api/v1/families/{id}/sharing-decisions",
                    FamilyEndpoint.ApiShareableItems => $"/api/v1/families/{id}/shareable-items",
                    FamilyEndpoint.ApiShares => $"/api/v1/families/{id}/shares",
                    _ => throw new ArgumentOutOfRangeException(nameof(endpoint)),
                }));
        }
    }

    private static Uri Relative(string path) => new(path, UriKind.Relative);
}
