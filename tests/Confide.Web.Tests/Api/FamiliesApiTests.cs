using System.Net;
using System.Net.Http.Json;
using System.Text;
using Confide.Core.Staff;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Confide.Web.Tests.Api;

public sealed class FamiliesApiTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task GetFamily_AssignedCoordinator_SeesTheFullFileWithSpecialCategoryMasked(DatabaseProvider provider)
    {
        await using var world = await ApiWorld.CreateAsync(provider);
        var org = await world.OrganisationAsync();
        var (ada, client) = await world.SignedInAsync(org, Role.Coordinator, "ada@example.org");
        var family = await world.FamilyAsync(org, ada);

        var response = await client.GetAsync(new Uri($"/api/v1/families/{family.Value}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadAsStringAsync();
        var json = await ApiWorld.JsonAsync(response);
        json.GetProperty("view").GetString().ShouldBe("full");
        json.GetProperty("referrals")[0].GetProperty("reason").GetString().ShouldBe("Isolated after a house move");
        json.GetProperty("members")[1].GetProperty("dateOfBirth").GetString().ShouldBe(ApiWorld.Today.AddYears(-4).ToString("yyyy-MM-dd"));
        json.GetProperty("members")[0].GetProperty("specialCategoryDataHeld").GetBoolean().ShouldBeTrue();
        body.ShouldNotContain("Asthma");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task GetFamily_AnotherOrganisationsOrUnknown_Returns404WithoutAHint(DatabaseProvider provider)
    {
        await using var world = await ApiWorld.CreateAsync(provider);
        var org = await world.OrganisationAsync();
        var other = await world.OrganisationAsync("Other Scheme");
        var ada = await world.AccountAsync(org, Role.Coordinator, "ada@example.org");
        var (_, bea) = await world.SignedInAsync(org, Role.Coordinator, "bea@example.org");
        var (_, outsider) = await world.SignedInAsync(other, Role.Coordinator, "cal@example.org");
        var family = await world.FamilyAsync(org, ada);

        var otherOrg = await outsider.GetAsync(new Uri($"/api/v1/families/{family.Value}", UriKind.Relative));
        var unknown = await bea.GetAsync(new Uri($"/api/v1/families/{Guid.NewGuid()}", UriKind.Relative));

        foreach (var r in new[] { otherOrg, unknown })
        {
            r.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            var json = await ApiWorld.JsonAsync(r);
            json.GetProperty("detail").GetString().ShouldBe("There is no family with this id that you can see.");
            json.TryGetProperty("rule", out _).ShouldBeFalse("a hidden file gives no rule that would tell it apart from a missing one");
        }
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task GetFamily_AnotherCoordinatorsInTheSameOrganisation_Returns403WithTheRuleAndNoContent(DatabaseProvider provider)
    {
        await using var world = await ApiWorld.CreateAsync(provider);
        var org = await world.OrganisationAsync();
        var ada = await world.AccountAsync(org, Role.Coordinator, "ada@example.org");
        var (_, bea) = await world.SignedInAsync(org, Role.Coordinator, "bea@example.org");
        var family = await world.FamilyAsync(org, ada);

        var response = await bea.GetAsync(new Uri($"/api/v1/families/{family.Value}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var body = await response.Content.ReadAsStringAsync();
        (await ApiWorld.JsonAsync(response)).GetProperty("rule").GetString().ShouldBe("no-relationship");
        body.ShouldNotContain("Applegarth");
        body.ShouldNotContain("Orchard Row");
        body.ShouldNotContain("Isolated");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task GetFamily_MatchedVolunteer_SeesTheVolunteerViewOnly(DatabaseProvider provider)
    {
        await using var world = await ApiWorld.CreateAsync(provider);
        var org = await world.OrganisationAsync();
        var ada = await world.AccountAsync(org, Role.Coordinator, "ada@example.org");
        var (val, client) = await world.SignedInAsync(org, Role.Volunteer, "val@example.org");
        var family = await world.FamilyAsync(org, ada);
        await world.MatchAsync(org, family, val, ApiWorld.Today.AddDays(-10));

        var response = await client.GetAsync(new Uri($"/api/v1/families/{family.Value}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadAsStringAsync();
        var json = await ApiWorld.JsonAsync(response);
        json.GetProperty("view").GetString().ShouldBe("volunteer");
        json.GetProperty("address").GetString().ShouldBe("12 Orchard Row, Bury St Edmunds");
        json.GetProperty("members")[1].GetProperty("givenName").GetString().ShouldBe("Rowan");
        body.ShouldNotContain("Isolated");
        body.ShouldNotContain("referral", Case.Insensitive);
        body.ShouldNotContain("dateOfBirth");
        body.ShouldNotContain(ApiWorld.Today.AddYears(-4).ToString("yyyy-MM-dd"));
        body.ShouldNotContain("special", Case.Insensitive);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task GetFamily_VolunteerAfterTheMatchEnded_Returns403AndLeavesTheCaseload(DatabaseProvider provider)
    {
        await using var world = await ApiWorld.CreateAsync(provider);
        var org = await world.OrganisationAsync();
        var ada = await world.AccountAsync(org, Role.Coordinator, "ada@example.org");
        var (val, client) = await world.SignedInAsync(org, Role.Volunteer, "val@example.org");
        var family = await world.FamilyAsync(org, ada);
        var match = await world.MatchAsync(org, family, val, ApiWorld.Today.AddDays(-10));
        (await client.GetFromJsonAsync<List<Summary>>(new Uri("/api/v1/caseload", UriKind.Relative)))!.Count.ShouldBe(1);

        (await world.EndMatchAsync(org, match, ApiWorld.Today.AddDays(-1))).ShouldBeTrue();

        var after = await client.GetAsync(new Uri($"/api/v1/families/{family.Value}", UriKind.Relative));
        after.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var refusal = await ApiWorld.JsonAsync(after);
        refusal.GetProperty("rule").GetString().ShouldBe("no-relationship");
        refusal.GetProperty("detail").GetString()!.ShouldContain("match with this family ended on");
        refusal.ToString().ShouldNotContain("Orchard Row");
        (await client.GetFromJsonAsync<List<Summary>>(new Uri("/api/v1/caseload", UriKind.Relative)))!.ShouldBeEmpty();
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task FamilyContent_Administrator_Returns403WithoutContentAndFindsNothing(DatabaseProvider provider)
    {
        await using var world = await ApiWorld.CreateAsync(provider);
        var org = await world.OrganisationAsync();
        var ada = await world.AccountAsync(org, Role.Coordinator, "ada@example.org");
        var (_, admin) = await world.SignedInAsync(org, Role.Administrator, "root@example.org");
        var family = await world.FamilyAsync(org, ada);

        var file = await admin.GetAsync(new Uri($"/api/v1/families/{family.Value}", UriKind.Relative));

        file.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var body = await file.Content.ReadAsStringAsync();
        (await ApiWorld.JsonAsync(file)).GetProperty("rule").GetString().ShouldBe("administrator-no-content");
        body.ShouldNotContain("Applegarth");
        body.ShouldNotContain("Orchard Row");
        (await admin.GetFromJsonAsync<List<Summary>>(new Uri("/api/v1/families?search=Applegarth", UriKind.Relative)))!.ShouldBeEmpty();
        (await admin.GetFromJsonAsync<List<Summary>>(new Uri("/api/v1/caseload", UriKind.Relative)))!.ShouldBeEmpty();
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Caseload_AndSearch_ShowOnlyTheCoordinatorsOwnFamilies(DatabaseProvider provider)
    {
        await using var world = await ApiWorld.CreateAsync(provider);
        var org = await world.OrganisationAsync();
        var (ada, client) = await world.SignedInAsync(org, Role.Coordinator, "ada@example.org");
        var bea = await world.AccountAsync(org, Role.Coordinator, "bea@example.org");
        var mine = await world.FamilyAsync(org, ada);
        await world.FamilyAsync(org, bea);

        var caseload = await client.GetFromJsonAsync<List<Summary>>(new Uri("/api/v1/caseload", UriKind.Relative));
        var found = await client.GetFromJsonAsync<List<Summary>>(new Uri("/api/v1/families?search=applegarth", UriKind.Relative));
        var blank = await client.GetAsync(new Uri("/api/v1/families?search=", UriKind.Relative));

        caseload!.Select(s => s.Id).ShouldBe([mine.Value]);
        found!.Select(s => s.Id).ShouldBe([mine.Value]);
        found![0].DisplayName.ShouldBe("Applegarth");
        blank.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task PostReferral_Valid_Returns201AssignedToTheCoordinator(DatabaseProvider provider)
    {
        await using var world = await ApiWorld.CreateAsync(provider);
        var org = await world.OrganisationAsync();
        var (ada, client) = await world.SignedInAsync(org, Role.Coordinator, "ada@example.org");

        var response = await client.PostAsJsonAsync(new Uri("/api/v1/families", UriKind.Relative), Referral(consented: true));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var json = await ApiWorld.JsonAsync(response);
        json.GetProperty("assignedCoordinatorId").GetGuid().ShouldBe(ada.Value);
        (await client.GetAsync(response.Headers.Location)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task PostReferral_WithoutConsent_Returns400WithTheFieldAndWritesNothing(DatabaseProvider provider)
    {
        await using var world = await ApiWorld.CreateAsync(provider);
        var org = await world.OrganisationAsync();
        var (_, client) = await world.SignedInAsync(org, Role.Coordinator, "ada@example.org");
        var before = await world.CountAsync(db => db.Families.CountAsync());

        var response = await client.PostAsJsonAsync(new Uri("/api/v1/families", UriKind.Relative), Referral(consented: false));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var json = await ApiWorld.JsonAsync(response);
        json.GetProperty("errors").GetProperty("referral.familyConsented")[0].GetString()!.ShouldContain("has not consented");
        json.GetProperty("detail").GetString()!.ShouldContain("The referral was not recorded");
        (await world.CountAsync(db => db.Families.CountAsync())).ShouldBe(before);
        (await world.CountAsync(db => db.Referrals.CountAsync())).ShouldBe(before);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task PostReferral_MalformedJsonOrTooLongOrNotJson_Returns400Or415WithAMessage(DatabaseProvider provider)
    {
        await using var world = await ApiWorld.CreateAsync(provider);
        var org = await world.OrganisationAsync();
        var (_, client) = await world.SignedInAsync(org, Role.Coordinator, "ada@example.org");
        var uri = new Uri("/api/v1/families", UriKind.Relative);
        var before = await world.CountAsync(db => db.Families.CountAsync());

        using var malformedBody = new StringContent("{\"address\": \"12 Orchard Row\", ", Encoding.UTF8, "application/json");
        var malformed = await client.PostAsync(uri, malformedBody);
        using var wrongTypeBody = new StringContent("{\"referral\": {\"referredOn\": \"last tuesday\"}}", Encoding.UTF8, "application/json");
        var wrongType = await client.PostAsync(uri, wrongTypeBody);
        var tooLong = await client.PostAsJsonAsync(uri, Referral(consented: true) with { Address = new string('x', 401) });
        using var textBody = new StringContent("hello", Encoding.UTF8, "text/plain");
        var notJson = await client.PostAsync(uri, textBody);

        malformed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiWorld.JsonAsync(malformed)).GetProperty("detail").GetString()!.ShouldContain("not valid JSON");
        wrongType.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiWorld.JsonAsync(wrongType)).GetProperty("detail").GetString()!.ShouldContain("$.referral.referredOn");
        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiWorld.JsonAsync(tooLong)).GetProperty("errors").GetProperty("address")[0].GetString()!.ShouldContain("400 characters or fewer");
        notJson.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await world.CountAsync(db => db.Families.CountAsync())).ShouldBe(before);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task PostReferral_Volunteer_Returns403WithAMessage(DatabaseProvider provider)
    {
        await using var world = await ApiWorld.CreateAsync(provider);
        var org = await world.OrganisationAsync();
        var (_, client) = await world.SignedInAsync(org, Role.Volunteer, "val@example.org");

        var response = await client.PostAsJsonAsync(new Uri("/api/v1/families", UriKind.Relative), Referral(consented: true));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ApiWorld.JsonAsync(response)).GetProperty("detail").GetString().ShouldBe("Only a coordinator can record a referral.");
    }

    internal sealed record Summary(Guid Id, string Reference, string DisplayName, string Postcode);

    internal sealed record MemberBody(string Kind, string GivenName, string FamilyName, DateOnly? DateOfBirth);

    internal sealed record ReferralBody(string Referrer, DateOnly ReferredOn, string Reason, bool FamilyConsented);

    internal sealed record NewReferralBody(string Address, string Postcode, IReadOnlyList<MemberBody> Members, ReferralBody Referral);

    internal static NewReferralBody Referral(bool consented) => new(
        "3 Mill Lane, Sudbury", "co10 2ab",
        [new MemberBody("adult", "Iris", "Okafor", null), new MemberBody("child", "Tom", "Okafor", ApiWorld.Today.AddYears(-2))],
        new ReferralBody("Midwife, Sudbury", ApiWorld.Today.AddDays(-1), "Postnatal low mood; no family nearby.", consented));
}
