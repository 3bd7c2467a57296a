using System.Net.Http.Headers;
using System.Text.Json;
using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Staff;
using Confide.Data.ApiTokens;
using Confide.Data.Families;
using Confide.Data.Organisations;
using Confide.Data.Records;
using Confide.Data.Staff;
using Confide.Data.Storage;
using Confide.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Web.Tests.Api;

/// <summary>The real app on a fresh database, with organisations, accounts, families and tokens seeded through its own services.</summary>
public sealed class ApiWorld : IAsyncDisposable
{
    private readonly ConfideWebFactory _factory;

    private ApiWorld(ConfideWebFactory factory) => _factory = factory;

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static async Task<ApiWorld> CreateAsync(DatabaseProvider provider) => new(await ConfideWebFactory.CreateAsync(provider));

    public async Task<Organisation> OrganisationAsync(string name = "Test Scheme") =>
        (await WithAsync<OrganisationRecords, Organisation>(async o => (await o.CreateAsync(name, "suffolk", 1, "id: suffolk", false)).Value));

    public Task<UserId> AccountAsync(Organisation org, Role role, string email) =>
        WithAsync<StaffAccounts, UserId>(async s => (await s.AddAsync(org.Id, email, $"Test {role}", [role], "correct horse battery staple")).Value);

    public Task<PersonalApiTokens.IssuedToken> TokenAsync(string email, int days = 30) =>
        WithAsync<PersonalApiTokens, PersonalApiTokens.IssuedToken>(async t => (await t.CreateAsync(email, days, "tests")).Value);

    public Task<FamilyId> FamilyAsync(Organisation org, UserId coordinator, string familyName = "Applegarth") =>
        WithAsync<FamilyRecords, FamilyId>(async f => (await f.OpenAsync(org.Id, coordinator,
            new FamilyDetails("12 Orchard Row, Bury St Edmunds", "IP33 1AB", [
                new MemberDetails(MemberKind.Adult, "Harriet", familyName, null) { Special = new SpecialCategoryData("Asthma", null, null) },
                new MemberDetails(MemberKind.Child, "Rowan", familyName, Today.AddYears(-4)),
            ]),
            new ReferralDetails("Health visitor", Today.AddDays(-3), "Isolated after a house move", true), coordinator)).Value.Family.Id);

    public Task<MatchId> MatchAsync(Organisation org, FamilyId family, UserId volunteer, DateOnly startedOn) =>
        WithAsync<SupportRecords, MatchId>(async s => (await s.MatchVolunteerAsync(org.Id, family, volunteer, startedOn)).Value.Id);

    public Task<bool> EndMatchAsync(Organisation org, MatchId match, DateOnly endedOn) =>
        WithAsync<SupportRecords, bool>(async s => (await s.EndMatchAsync(org.Id, match, endedOn)).Succeeded);

    public Task<int> CountAsync(Func<ConfideDbContext, Task<int>> count) => WithAsync(count);

    public Task<T> WithAsync<TService, T>(Func<TService, Task<T>> work) where TService : notnull => InScopeAsync(sp => work(sp.GetRequiredService<TService>()));

    public HttpClient Client(string? token = null)
    {
        var client = _factory.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>An API client acting as a new account of <paramref name="org"/> with <paramref name="role"/>.</summary>
    public async Task<(UserId Id, HttpClient Client)> SignedInAsync(Organisation org, Role role, string email)
    {
        var id = await AccountAsync(org, role, email);
        return (id, Client((await TokenAsync(email)).Token));
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    private Task<T> WithAsync<T>(Func<ConfideDbContext, Task<T>> work) => WithAsync<ConfideDbContext, T>(work);

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}
