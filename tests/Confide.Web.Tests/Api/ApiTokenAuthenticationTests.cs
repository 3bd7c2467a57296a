using System.Net;
using Confide.Core.Staff;
using Confide.Data.ApiTokens;
using Confide.Data.Staff;
using Confide.Data.Records;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Confide.Web.Tests.Api;

public sealed class ApiTokenAuthenticationTests
{
    private static readonly Uri Caseload = new("/api/v1/caseload", UriKind.Relative);

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Caseload_ValidToken_Returns200(DatabaseProvider provider)
    {
        await using var world = await ApiWorld.CreateAsync(provider);
        var org = await world.OrganisationAsync();
        var (_, client) = await world.SignedInAsync(org, Role.Coordinator, "ada@example.org");

        var response = await client.GetAsync(Caseload);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Caseload_NoOrMalformedOrUnknownToken_Returns401ProblemSayingWhy(DatabaseProvider provider)
    {
        await using var world = await ApiWorld.CreateAsync(provider);

        var none = await world.Client().GetAsync(Caseload);
        var notOurs = await world.Client("abc123").GetAsync(Caseload);
        var unknown = await world.Client("cfd_" + new string('A', 43)).GetAsync(Caseload);

        await ShouldBeUnauthorizedAsync(none, "Send a personal API token");
        await ShouldBeUnauthorizedAsync(notOurs, "start with 'cfd_'");
        await ShouldBeUnauthorizedAsync(unknown, "not recognised");
        none.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Caseload_RevokedToken_Returns401(DatabaseProvider provider)
    {
        await using var world = await ApiWorld.CreateAsync(provider);
        var org = await world.OrganisationAsync();
        await world.AccountAsync(org, Role.Coordinator, "ada@example.org");
        var token = await world.TokenAsync("ada@example.org");
        (await world.Client(token.Token).GetAsync(Caseload)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await world.WithAsync<PersonalApiTokens, bool>(async t => (await t.RevokeAsync(token.Id)).Succeeded);

        await ShouldBeUnauthorizedAsync(await world.Client(token.Token).GetAsync(Caseload), "revoked");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Caseload_ExpiredToken_Returns401(DatabaseProvider provider)
    {
        await using var world = await ApiWorld.CreateAsync(provider);
        var org = await world.OrganisationAsync();
        await world.AccountAsync(org, Role.Coordinator, "ada@example.org");
        var token = await world.TokenAsync("ada@example.org");

        await world.WithAsync<ConfideDbContext, int>(async db =>
        {
            var row = await db.ApiTokens.SingleAsync(t => t.Id == token.Id);
            row.ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1);
            return await db.SaveChangesAsync();
        });

        await ShouldBeUnauthorizedAsync(await world.Client(token.Token).GetAsync(Caseload), "expired");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Caseload_DisabledAccount_Returns401(DatabaseProvider provider)
    {
        await using var world = await ApiWorld.CreateAsync(provider);
        var org = await world.OrganisationAsync();
        var (_, client) = await world.SignedInAsync(org, Role.Coordinator, "ada@example.org");
        (await client.GetAsync(Caseload)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await world.WithAsync<StaffAccounts, bool>(async s => (await s.DisableAsync("ada@example.org")).Succeeded);

        await ShouldBeUnauthorizedAsync(await client.GetAsync(Caseload), "disabled");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Token_IsStoredOnlyAsItsHash(DatabaseProvider provider)
    {
        await using var world = await ApiWorld.CreateAsync(provider);
        var org = await world.OrganisationAsync();
        await world.AccountAsync(org, Role.Coordinator, "ada@example.org");

        var token = await world.TokenAsync("ada@example.org");

        token.Token.ShouldStartWith("cfd_");
        var stored = await world.WithAsync<ConfideDbContext, ApiTokenRow>(db => db.ApiTokens.AsNoTracking().SingleAsync(t => t.Id == token.Id));
        stored.TokenHash.ShouldBe(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token.Token)));
        System.Text.Encoding.UTF8.GetString(stored.TokenHash).ShouldNotContain(token.Token[4..]);
    }

    private static async Task ShouldBeUnauthorizedAsync(HttpResponseMessage response, string detail)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = await ApiWorld.JsonAsync(response);
        problem.GetProperty("status").GetInt32().ShouldBe(401);
        problem.GetProperty("detail").GetString()!.ShouldContain(detail);
    }
}
