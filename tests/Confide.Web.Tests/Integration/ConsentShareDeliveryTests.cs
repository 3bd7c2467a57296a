using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Confide.Core.Access;
using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Sharing;
using Confide.Core.Staff;
using Confide.Data.Access;
using Confide.Data.ApiTokens;
using Confide.Data.Organisations;
using Confide.Data.Records;
using Confide.Data.Sharing;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using Confide.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Web.Tests.Integration;

/// <summary>
/// Consent, the sharing decision and the secure share portal as shipped, wired together with no fakes: a consent
/// recorded through the API covers a share; the share goes out through the portal and the named recipient reads
/// exactly the item picked with the passcode; the consent is withdrawn and the same share is refused at once,
/// nothing more sent.
/// </summary>
public sealed class ConsentShareDeliveryTests
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task ConsentCoversTheShare_ThePortalDeliversIt_AndWithdrawalRefusesTheNextOne(DatabaseProvider provider)
    {
        await using var factory = await ConfideWebFactory.CreateAsync(provider);
        var seed = new Seed(factory);
        var org = await With<OrganisationRecords, Organisation>(factory, async o =>
            (await o.CreateAsync("Scheme A", "suffolk", 1, SeedProfiles.Find("suffolk")!, false)).Value);
        var coordinator = await seed.UserAsync(org, Role.Coordinator);
        var manager = await seed.UserAsync(org, Role.SchemeManager);
        var family = await seed.FamilyAsync(org, coordinator);
        var familyId = family.Family.Id.Value;
        var agency = await With<AgencyRegister, Agency>(factory, async r => (await r.AddAsync(org.Id,
            new AgencyDetails("Northgate Health Visiting Team", AgencyCategory.HealthVisitor, "Health visitors support families with young children.", null, false), manager)).Value);
        await With<AgencyRegister, bool>(factory, async r => (await r.MarkCheckedAsync(org.Id, agency.Id, Today.AddDays(-2))).Succeeded);
        await With<AccessSessions, bool>(factory, async s =>
            (await s.StartAsync(org.Id, coordinator, "family", familyId, new AccessReason(AccessPurpose.CaseWork, "Sharing"), false)).Succeeded);
        using var api = await ApiClientAsync(factory, coordinator);

        // The parent's written consent to this agency, for coordinating support, contact details only.
        var consent = await api.PostAsJsonAsync(new Uri($"/api/v1/families/{familyId}/consents", UriKind.Relative), new
        {
            memberId = family.Family.Members[0].Id.Value, role = "parent", granted = true, visit = "initial", givenOn = Today.AddDays(-1),
            scope = "specific", agencyId = agency.Id, purposes = new[] { "coordinating_support" }, kinds = new[] { "contact_details" },
            evidence = "written", writtenReference = "FORM-2026-031",
        });
        consent.StatusCode.ShouldBe(HttpStatusCode.Created, await consent.Content.ReadAsStringAsync());
        var consentId = (await JsonAsync(consent)).GetProperty("id").GetGuid();
        var items = (await JsonAsync(await api.GetAsync(new Uri($"/api/v1/families/{familyId}/shareable-items", UriKind.Relative)))).EnumerateArray().ToList();
        var item = items.First(i => i.GetProperty("kind").GetString() == "contact_details");
        var share = new Dictionary<string, object?>
        {
            ["purpose"] = "coordinating_support", ["agencyId"] = agency.Id, ["recipientName"] = "Priya Natarajan",
            ["items"] = new[] { item.GetProperty("ref").GetString() }, ["basis"] = "consent",
            ["rationale"] = "The health visitor needs to reach the family to arrange a joint visit.", ["accuracyChecked"] = true,
            ["familyTold"] = "before", ["toldOn"] = Today, ["toldMethod"] = "in_person", ["channel"] = "secure_portal", ["outcome"] = "shared",
        };

        var decided = await api.PostAsJsonAsync(new Uri($"/api/v1/families/{familyId}/sharing-decisions", UriKind.Relative), share);

        decided.StatusCode.ShouldBe(HttpStatusCode.Created, await decided.Content.ReadAsStringAsync());
        var decision = await JsonAsync(decided);
        decision.GetProperty("basis").GetProperty("consentId").GetGuid().ShouldBe(consentId);
        var portal = decision.GetProperty("portal");
        var given = new Uri(portal.GetProperty("link").GetString()!, UriKind.RelativeOrAbsolute);
        var link = new Uri(given.IsAbsoluteUri ? given.PathAndQuery : given.OriginalString, UriKind.Relative);
        var passcode = portal.GetProperty("passcode").GetString()!;

        using var recipient = factory.CreateClient();
        var opened = await Forms.PostAsync(recipient, link.OriginalString, link.OriginalString, new Dictionary<string, string> { ["Passcode"] = passcode });
        var html = WebUtility.HtmlDecode(await opened.Content.ReadAsStringAsync());
        opened.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("CONFIDENTIAL");
        html.ShouldContain(item.GetProperty("text").GetString()!);
        foreach (var other in items.Where(i => i.GetProperty("ref").GetString() != item.GetProperty("ref").GetString()))
        {
            html.ShouldNotContain(other.GetProperty("label").GetString()!, Case.Sensitive, "only the item picked is sent");
        }

        var withdrawn = await api.PostAsJsonAsync(new Uri($"/api/v1/families/{familyId}/consents/{consentId}/withdraw", UriKind.Relative),
            new { withdrawnOn = Today, howTold = "by telephone" });
        withdrawn.IsSuccessStatusCode.ShouldBeTrue(await withdrawn.Content.ReadAsStringAsync());
        var sharesBefore = await With<ConfideDbContext, int>(factory, db => db.PortalShares.CountAsync());

        var refused = await api.PostAsJsonAsync(new Uri($"/api/v1/families/{familyId}/sharing-decisions", UriKind.Relative), share);

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("share.consent_not_covering");
        (await With<ConfideDbContext, int>(factory, db => db.PortalShares.CountAsync())).ShouldBe(sharesBefore);
    }

    private static async Task<HttpClient> ApiClientAsync(ConfideWebFactory factory, UserId user)
    {
        var email = await With<ConfideDbContext, string>(factory, async db => (await db.Users.SingleAsync(u => u.Id == user.Value)).Email!);
        var token = await With<PersonalApiTokens, PersonalApiTokens.IssuedToken>(factory, async t => (await t.CreateAsync(email, 30, "tests")).Value);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        return client;
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private static async Task<T> With<TService, T>(ConfideWebFactory factory, Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
