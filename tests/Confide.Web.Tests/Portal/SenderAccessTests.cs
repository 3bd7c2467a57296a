using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Confide.Core.Staff;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using Confide.Web.Tests.Infrastructure;

namespace Confide.Web.Tests.Portal;

/// <summary>Who may see a family's shares and revoke them: the engine decides, through the family file's access.</summary>
public sealed class SenderAccessTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task SharesPage_RefusedToVolunteerTrusteeAndUnrelatedCoordinator_HiddenFromAnotherOrganisation(DatabaseProvider provider)
    {
        await using var world = await PortalWorld.CreateAsync(provider);
        var share = await world.PublishAsync();
        var volunteer = await world.Seed.UserAsync(world.Organisation, Role.Volunteer);
        await world.Seed.MatchAsync(world.Organisation, world.Family.Family.Id, volunteer);
        var trustee = await world.Seed.UserAsync(world.Organisation, Role.Trustee);
        var colleague = await world.Seed.UserAsync(world.Organisation, Role.Coordinator);
        var elsewhere = await world.Seed.UserAsync(await world.Seed.OrganisationAsync("Scheme B"), Role.Coordinator);
        var page = new Uri($"/families/{world.FamilyId}/shares", UriKind.Relative);

        var statuses = new Dictionary<string, HttpStatusCode>();
        foreach (var (who, id) in new[] { ("volunteer", volunteer), ("trustee", trustee), ("colleague", colleague), ("elsewhere", elsewhere) })
        {
            using var client = world.Factory.ClientFor(id);
            var response = await client.GetAsync(page);
            statuses[who] = response.StatusCode;
            (await PortalWorld.HtmlAsync(response)).ShouldNotContain("Dr Imogen Vale", Case.Sensitive, who);
        }

        using var colleagueClient = world.Factory.ClientFor(colleague);
        var revoke = await Forms.PostAsync(colleagueClient, "/caseload", $"/families/{world.FamilyId}/shares?handler=Revoke&shareId={share.ShareId}", new Dictionary<string, string>());
        using var coordinator = world.Factory.ClientFor(world.Coordinator);
        var own = await coordinator.GetAsync(page);

        statuses["volunteer"].ShouldBe(HttpStatusCode.Forbidden);
        statuses["trustee"].ShouldBe(HttpStatusCode.Forbidden);
        statuses["colleague"].ShouldBe(HttpStatusCode.Forbidden);
        statuses["elsewhere"].ShouldBe(HttpStatusCode.NotFound);
        revoke.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await PortalWorld.HtmlAsync(own);
        html.ShouldContain("Dr Imogen Vale");
        html.ShouldContain("Not opened");
        html.ShouldContain(">Open<");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Api_ListRevokeAndPasscode_ForTheCoordinatorOnly_AnotherOrganisationGets404(DatabaseProvider provider)
    {
        await using var world = await PortalWorld.CreateAsync(provider);
        var (assignedId, assigned) = await world.ApiAccountAsync(world.Organisation, Role.Coordinator);
        var family = await world.Seed.FamilyAsync(world.Organisation, assignedId);
        var share = await world.PublishAsync(from: family);
        var (_, coordinator) = await world.ApiAccountAsync(world.Organisation, Role.Coordinator);
        var (volunteerId, volunteer) = await world.ApiAccountAsync(world.Organisation, Role.Volunteer);
        await world.Seed.MatchAsync(world.Organisation, family.Family.Id, volunteerId);
        var (_, trustee) = await world.ApiAccountAsync(world.Organisation, Role.Trustee);
        var (_, elsewhere) = await world.ApiAccountAsync(await world.Seed.OrganisationAsync("Scheme B"), Role.Coordinator);
        var list = new Uri($"/api/v1/families/{family.Family.Id}/shares", UriKind.Relative);
        var revoke = new Uri($"/api/v1/shares/{share.ShareId}/revoke", UriKind.Relative);
        var passcode = new Uri($"/api/v1/shares/{share.ShareId}/passcode", UriKind.Relative);

        var refusedLists = new[] { await coordinator.GetAsync(list), await volunteer.GetAsync(list), await trustee.GetAsync(list) };
        var hiddenList = await elsewhere.GetAsync(list);
        var refusedRevoke = await coordinator.PostAsync(revoke, null);
        var volunteerRevoke = await volunteer.PostAsync(revoke, null);
        var hiddenRevoke = await elsewhere.PostAsync(revoke, null);
        var unknownRevoke = await assigned.PostAsync(new Uri($"/api/v1/shares/{Guid.NewGuid()}/revoke", UriKind.Relative), null);
        var listed = await assigned.GetAsync(list);
        var newPasscode = await assigned.PostAsync(passcode, null);
        var revoked = await assigned.PostAsync(revoke, null);
        var passcodeAfterRevoke = await assigned.PostAsync(passcode, null);
        using var recipient = world.Recipient();
        var link = await recipient.GetAsync(new Uri(share.LinkPath, UriKind.Relative));

        refusedLists.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Forbidden, "an unrelated coordinator, a volunteer and a trustee are refused");
        hiddenList.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        refusedRevoke.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        volunteerRevoke.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        hiddenRevoke.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        unknownRevoke.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        listed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var first = (await listed.Content.ReadFromJsonAsync<JsonElement>())[0];
        first.GetProperty("recipientName").GetString().ShouldBe("Dr Imogen Vale");
        first.GetProperty("status").GetString().ShouldBe("open");
        first.GetProperty("views").GetArrayLength().ShouldBe(0);
        newPasscode.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await newPasscode.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("passcode").GetString()!.Length.ShouldBe(11);
        revoked.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await revoked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString().ShouldBe("revoked");
        passcodeAfterRevoke.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        link.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheSharesAndLettersEndpoints()
    {
        await using var world = await PortalWorld.CreateAsync(DatabaseProvider.Sqlite);

        var paths = (await world.Factory.CreateClient().GetFromJsonAsync<JsonElement>(new Uri("/openapi/v1.json", UriKind.Relative))).GetProperty("paths");

        foreach (var path in new[] { "/api/v1/families/{id}/shares", "/api/v1/shares/{shareId}/revoke", "/api/v1/shares/{shareId}/passcode",
            "/api/v1/families/{id}/letters", "/api/v1/families/{id}/letters/{kind}" })
        {
            paths.TryGetProperty(path, out _).ShouldBeTrue(path);
        }
    }
}
