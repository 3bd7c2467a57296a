using System.Net;
using Confide.Core.Staff;
using Confide.Data.Storage;
using Confide.Web.Tests.Infrastructure;

namespace Confide.Web.Tests.Features;

public sealed class StatusPageTests
{
    [Fact]
    public async Task FileNotOpenToThePerson_IsAPageNotFound_ThatKeepsTheStatusAndNamesNoFamily()
    {
        await using var factory = await ConfideWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var seed = new Seed(factory);
        var org = await seed.OrganisationAsync();
        var family = await seed.FamilyAsync(org, await seed.UserAsync(org, Role.Coordinator), "Cyril", "Marchbanks");
        using var volunteer = factory.ClientFor(await seed.UserAsync(org, Role.Volunteer));

        var response = await volunteer.GetAsync(new Uri($"/families/{family.Family.Id}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("<h1 class=\"govuk-heading-l\">Page not found</h1>");
        html.ShouldNotContain("Marchbanks");
        response.Headers.GetValues("Content-Security-Policy").ShouldNotBeEmpty();
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
}
