using System.Net;
using Confide.Core.Staff;
using Confide.Data.Storage;
using Confide.Web.Tests.Infrastructure;

namespace Confide.Web.Tests.Features;

public sealed class StatusPageTests
{
    [Fact]
    public async Task FileOfTheOrganisationNotOpenToThePerson_IsARefusalPage_ThatKeepsTheStatusAndNamesNoFamily()
    {
        await using var factory = await ConfideWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var seed = new Seed(factory);
        var org = await seed.OrganisationAsync();
        var family = await seed.FamilyAsync(org, await seed.UserAsync(org, Role.Coordinator), "Cyril", "Marchbanks");
        using var volunteer = factory.ClientFor(await seed.UserAsync(org, Role.Volunteer));

        var response = await volunteer.GetAsync(new Uri($"/families/{family.Family.Id}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("<h1 class=\"govuk-heading-l\">You cannot open this file</h1>");
        html.ShouldContain("This attempt is on the file's record of access.");
        html.ShouldNotContain("Marchbanks");
        html.ShouldNotContain("Cyril");
        response.Headers.GetValues("Content-Security-Policy").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task FileOfAnotherOrganisationOrNoFile_IsAPageNotFound_ThatKeepsTheStatusAndNamesNoFamily()
    {
        await using var factory = await ConfideWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var seed = new Seed(factory);
        var org = await seed.OrganisationAsync();
        var family = await seed.FamilyAsync(org, await seed.UserAsync(org, Role.Coordinator), "Cyril", "Marchbanks");
        using var outsider = factory.ClientFor(await seed.UserAsync(await seed.OrganisationAsync("Scheme B"), Role.Coordinator));

        var elsewhere = await outsider.GetAsync(new Uri($"/families/{family.Family.Id}", UriKind.Relative));
        var missing = await outsider.GetAsync(new Uri($"/families/{Guid.NewGuid()}", UriKind.Relative));

        foreach (var response in new[] { elsewhere, missing })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            var html = await response.Content.ReadAsStringAsync();
            html.ShouldContain("<h1 class=\"govuk-heading-l\">Page not found</h1>");
            html.ShouldNotContain("Marchbanks");
            response.Headers.GetValues("Content-Security-Policy").ShouldNotBeEmpty();
        }

        // Apart from the anti-forgery token of the sign-out form, nothing tells another organisation's file from no file.
        WithoutToken(await elsewhere.Content.ReadAsStringAsync()).ShouldBe(WithoutToken(await missing.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task ErrorPage_AskedForDirectly_IsItselfNotFound()
    {
        await using var factory = await ConfideWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/error/500", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Page not found");
    }

    private static string WithoutToken(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"", "");
}
