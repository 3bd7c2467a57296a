using System.Net.Http.Headers;
using Confide.Core.Access;
using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Sharing;
using Confide.Core.Staff;
using Confide.Data.Access;
using Confide.Data.ApiTokens;
using Confide.Data.Audit;
using Confide.Data.Organisations;
using Confide.Data.Records;
using Confide.Data.Sharing;
using Confide.Data.Staff;
using Confide.Data.Storage;
using Confide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Web.Tests.Sharing;

/// <summary>
/// The real app on a fresh database with fake consent coverage and portal, an organisation on the real Suffolk profile,
/// its people (the family's coordinator, a colleague, the matched volunteer, a trustee, a manager), a family and a
/// checked agency; and a coordinator of another organisation.
/// </summary>
public sealed class SharingWorld : IAsyncDisposable
{
    private readonly ConfideWebFactory _factory;

    private SharingWorld(ConfideWebFactory factory) => _factory = factory;

    public FakeConsentCoverage Consents { get; } = new();
    public FakeShareChannel Portal { get; } = new();
    public Organisation Org { get; private set; } = null!;
    public Organisation OtherOrg { get; private set; } = null!;
    public UserId Coordinator { get; private set; }
    public UserId Colleague { get; private set; }
    public UserId Volunteer { get; private set; }
    public UserId Trustee { get; private set; }
    public UserId Manager { get; private set; }
    public UserId Outsider { get; private set; }
    public FamilyFile Family { get; private set; } = null!;
    public Agency Agency { get; private set; } = null!;
    public Guid FamilyId => Family.Family.Id.Value;
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static async Task<SharingWorld> CreateAsync(DatabaseProvider provider)
    {
        SharingWorld? world = null;
        var factory = await ConfideWebFactory.CreateAsync(provider, configure: b => b.ConfigureTestServices(s =>
        {
            s.AddScoped<IConsentCoverageSource>(_ => world!.Consents);
            s.AddScoped<ISecureShareChannel>(_ => world!.Portal);
        }));
        world = new SharingWorld(factory);
        await world.SeedAsync();
        return world;
    }

    private async Task SeedAsync()
    {
        var seed = new Seed(_factory);
        Org = await OrganisationAsync("Scheme A");
        OtherOrg = await OrganisationAsync("Scheme B");
        (Coordinator, Colleague) = (await seed.UserAsync(Org, Role.Coordinator), await seed.UserAsync(Org, Role.Coordinator));
        (Volunteer, Trustee, Manager) = (await seed.UserAsync(Org, Role.Volunteer), await seed.UserAsync(Org, Role.Trustee), await seed.UserAsync(Org, Role.SchemeManager));
        Outsider = await seed.UserAsync(OtherOrg, Role.Coordinator);
        Family = await seed.FamilyAsync(Org, Coordinator);
        await seed.MatchAsync(Org, Family.Family.Id, Volunteer);
        Agency = await AgencyAsync(Org, checkedOn: Today.AddDays(-3));
        foreach (var user in new[] { Coordinator, Colleague, Volunteer, Trustee, Manager })
        {
            await GiveReasonAsync(Org, user, FamilyId);
        }
    }

    public Task<Organisation> OrganisationAsync(string name) =>
        With<OrganisationRecords, Organisation>(async o => (await o.CreateAsync(name, "suffolk", 1, SeedProfiles.Find("suffolk")!, false)).Value);

    public async Task<Agency> AgencyAsync(Organisation org, DateOnly? checkedOn, string name = "Northgate Health Visiting Team")
    {
        var agency = await With<AgencyRegister, Agency>(async r => (await r.AddAsync(org.Id,
            new AgencyDetails(name, AgencyCategory.HealthVisitor, "Health visitors support families with young children.", null, false), Manager)).Value);
        return checkedOn is { } on ? await With<AgencyRegister, Agency>(async r => (await r.MarkCheckedAsync(org.Id, agency.Id, on)).Value) : agency;
    }

    /// <summary>The Suffolk profile asks everyone for a reason before a file opens: given here, as the reason page would.</summary>
    public Task GiveReasonAsync(Organisation org, UserId user, Guid family) =>
        With<AccessSessions, bool>(async s => (await s.StartAsync(org.Id, user, "family", family, new AccessReason(AccessPurpose.CaseWork, "Sharing decision"), false)).Succeeded);

    public HttpClient PageClient(UserId user) => _factory.ClientFor(user);

    public async Task<HttpClient> ApiClientAsync(UserId user)
    {
        var email = await With<ConfideDbContext, string>(async db => (await db.Users.SingleAsync(u => u.Id == user.Value)).Email!);
        var token = await With<PersonalApiTokens, PersonalApiTokens.IssuedToken>(async t => (await t.CreateAsync(email, 30, "tests")).Value);
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        return client;
    }

    public Task<(int Decisions, int Items, int Tasks)> CountsAsync() =>
        With<ConfideDbContext, (int, int, int)>(async db =>
            (await db.SharingDecisions.CountAsync(), await db.SharedItems.CountAsync(), await db.FamilyInformedTasks.CountAsync()));

    /// <summary>The audit entries about the family's sharing part: (action, outcome, rule).</summary>
    public Task<List<(string Action, string Outcome, string? Rule)>> SharingAuditAsync() =>
        With<AuditReader, List<(string, string, string?)>>(async r =>
            (await r.QueryAsync(new AuditQuery(Org.Id) { ResourceKind = "family", ResourceId = FamilyId.ToString("D"), Limit = 500 }))
                .Where(e => e.Event.Part == "sharing" && e.Event.Action.Contains('.', StringComparison.Ordinal))
                .Select(e => (e.Event.Action, e.Event.Outcome.ToString(), e.Event.Rule)).ToList());

    public async Task<T> With<TService, T>(Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();
}
