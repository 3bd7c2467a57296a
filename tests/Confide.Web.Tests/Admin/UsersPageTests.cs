using System.Net;
using Confide.Core.Staff;
using Confide.Data.Records;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using Confide.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Web.Tests.Admin;

public sealed class UsersPageTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Administrator_SeesOwnOrganisationsAccounts_AndNoFamilyContent(DatabaseProvider provider)
    {
        await using var factory = await ConfideWebFactory.CreateAsync(provider);
        var seed = new Seed(factory);
        var org = await seed.OrganisationAsync();
        var other = await seed.OrganisationAsync("Scheme B");
        var admin = await seed.UserAsync(org, Role.Administrator);
        var coordinator = await seed.UserAsync(org, Role.Coordinator);
        await seed.UserAsync(other, Role.Coordinator);
        var family = await seed.FamilyAsync(org, coordinator);
        using var client = factory.ClientFor(admin);

        var html = await client.GetStringAsync(new Uri("/admin/users", UriKind.Relative));

        (await EmailsOfAsync(factory, org)).ShouldAllBe(e => html.Contains(e, StringComparison.Ordinal));
        foreach (var e in await EmailsOfAsync(factory, other))
        {
            html.ShouldNotContain(e);
        }

        html.ShouldNotContain("Quillfeather");
        var file = await client.GetAsync(new Uri($"/families/{family.Family.Id}", UriKind.Relative));
        file.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var refusal = await file.Content.ReadAsStringAsync();
        refusal.ShouldContain("You cannot open this file");
        refusal.ShouldNotContain("Quillfeather");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task NonAdministrators_GetNotFound(DatabaseProvider provider)
    {
        await using var factory = await ConfideWebFactory.CreateAsync(provider);
        var seed = new Seed(factory);
        var org = await seed.OrganisationAsync();

        foreach (var role in new[] { Role.Coordinator, Role.SchemeManager, Role.Trustee, Role.Volunteer })
        {
            using var client = factory.ClientFor(await seed.UserAsync(org, role));
            (await client.GetAsync(new Uri("/admin/users", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound, role.ToString());
        }
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Administrator_AddsAnAccount_PasswordShownOnce_BadEmailRefused(DatabaseProvider provider)
    {
        await using var factory = await ConfideWebFactory.CreateAsync(provider);
        var seed = new Seed(factory);
        var org = await seed.OrganisationAsync();
        using var client = factory.ClientFor(await seed.UserAsync(org, Role.Administrator));

        var added = await Forms.PostAsync(client, "/admin/users", "/admin/users?handler=Add",
            new Dictionary<string, string> { ["Email"] = "new.coordinator@example.org", ["DisplayName"] = "New Coordinator", ["Roles"] = "coordinator" });
        var refused = await Forms.PostAsync(client, "/admin/users", "/admin/users?handler=Add",
            new Dictionary<string, string> { ["Email"] = "not-an-email", ["DisplayName"] = "Someone", ["Roles"] = "volunteer" });

        added.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await added.Content.ReadAsStringAsync();
        html.ShouldContain("id=\"new-password\"");
        (await EmailsOfAsync(factory, org)).ShouldContain("new.coordinator@example.org");
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("is not an email address");
        (await client.GetStringAsync(new Uri("/admin/users", UriKind.Relative))).ShouldNotContain("id=\"new-password\"");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Administrator_DisablesAnAccount_WhichThenCannotActButCannotDisableAnotherOrganisations(DatabaseProvider provider)
    {
        await using var factory = await ConfideWebFactory.CreateAsync(provider);
        var seed = new Seed(factory);
        var org = await seed.OrganisationAsync();
        var other = await seed.OrganisationAsync("Scheme B");
        var coordinator = await seed.UserAsync(org, Role.Coordinator);
        var family = await seed.FamilyAsync(org, coordinator);
        await seed.UserAsync(other, Role.Coordinator);
        var email = (await EmailsOfAsync(factory, org)).Single();
        var outsiderEmail = (await EmailsOfAsync(factory, other)).Single();
        using var client = factory.ClientFor(await seed.UserAsync(org, Role.Administrator));

        var disabled = await Forms.PostAsync(client, "/admin/users", $"/admin/users?handler=Disable&email={Uri.EscapeDataString(email)}", new Dictionary<string, string>());
        var outsider = await Forms.PostAsync(client, "/admin/users", $"/admin/users?handler=Disable&email={Uri.EscapeDataString(outsiderEmail)}", new Dictionary<string, string>());

        disabled.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await disabled.Content.ReadAsStringAsync()).ShouldContain("is disabled");
        using var former = factory.ClientFor(coordinator);
        (await former.GetAsync(new Uri($"/families/{family.Family.Id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await former.GetStringAsync(new Uri("/caseload", UriKind.Relative))).ShouldNotContain("Quillfeather");
        outsider.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using var scope = factory.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<ConfideDbContext>().Users.SingleAsync(u => u.Email == outsiderEmail)).DisabledAt.ShouldBeNull();
    }

    private static async Task<List<string>> EmailsOfAsync(ConfideWebFactory factory, Core.Organisations.Organisation org)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ConfideDbContext>().Users
            .Where(u => u.OrganisationId == org.Id.Value && !u.Roles.Any(r => r.Role == "administrator")).Select(u => u.Email!).ToListAsync();
    }
}
