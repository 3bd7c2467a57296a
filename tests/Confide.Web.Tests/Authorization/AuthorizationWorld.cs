using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Confide.Core.Access;
using Confide.Core.Audit;
using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Profiles;
using Confide.Core.Staff;
using Confide.Data.Access;
using Confide.Data.ApiTokens;
using Confide.Data.Audit;
using Confide.Data.Organisations;
using Confide.Data.Staff;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using Confide.Web.Features.Access;
using Confide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using static Confide.Web.Tests.Authorization.Relationship;

namespace Confide.Web.Tests.Authorization;

/// <summary>
/// One organisation with the default access rules, built once per engine: an account for every (role,
/// relationship) the matrices name, each set up as its relationship says (through the app's own services), the
/// family file they are about (<see cref="Family"/>), a second file on which everyone with a relationship to it is
/// excluded (<see cref="ConflictFamily"/>), another organisation (with a family of the same name), and an organisation
/// on the Leicestershire profile, which asks for reasons (<see cref="Prompting"/>).
/// </summary>
public sealed class AuthorizationWorld : IAsyncDisposable
{
    public static readonly FamilyDetails FamilyDetails = new("7 Lantern Yard, Stowmarket", "IP14 1ZZ", [
        new MemberDetails(MemberKind.Adult, "Ada", "Quillfeather", null),
        new MemberDetails(MemberKind.Child, "Bram", "Quillfeather", DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-6)),
    ]);

    public static readonly FamilyDetails ConflictFamilyDetails = new("3 Bellfounder Lane, Sudbury", "CO10 9ZZ", [
        new MemberDetails(MemberKind.Adult, "Cora", "Thistlewood", null),
    ]);

    private readonly Dictionary<(Role, Relationship), UserId> _people = [];
    private readonly Dictionary<UserId, string> _emails = [];
    private readonly ConcurrentDictionary<UserId, HttpClient> _clients = [];
    private readonly ConcurrentDictionary<UserId, Task<HttpClient>> _apiClients = [];
    private readonly ConcurrentDictionary<UserId, Task<string>> _tokens = [];

    private AuthorizationWorld(ConfideWebFactory factory) => (Factory, Seed) = (factory, new Seed(factory));

    public ConfideWebFactory Factory { get; }

    public Seed Seed { get; }

    public Organisation Home { get; private set; } = null!;

    public Organisation Elsewhere { get; private set; } = null!;

    /// <summary>The file the matrix asks about.</summary>
    public FamilyFile Family { get; private set; } = null!;

    /// <summary>The file on which every "excluded" person has a relationship and a conflict of interest.</summary>
    public FamilyFile ConflictFamily { get; private set; } = null!;

    /// <summary>An organisation on the Leicestershire profile: volunteers, trustees, auditors and contractors give a reason first (LEI-16).</summary>
    public Organisation Prompting { get; private set; } = null!;

    public FamilyFile PromptingFamily { get; private set; } = null!;

    public UserId PromptingCoordinator { get; private set; }

    /// <summary>The Prompting organisation's scheme manager, who issues its grants and records its undertakings and exclusions.</summary>
    public UserId PromptingManager { get; private set; }

    /// <summary>Every (role, relationship) the family matrix names, and every role with no relationship.</summary>
    public static IEnumerable<(Role Role, Relationship Relationship)> Keys =>
        FamilyMatrix.Rows.Select(r => (r.Role, r.Relationship)).Concat(Enum.GetValues<Role>().Select(r => (r, None))).Distinct();

    public static async Task<AuthorizationWorld> BuildAsync(DatabaseProvider provider)
    {
        var world = new AuthorizationWorld(await ConfideWebFactory.CreateAsync(provider, pooled: true, QuickToSeed));
        await world.SeedAsync();
        return world;
    }

    public UserId Person(Role role, Relationship relationship) =>
        _people.TryGetValue((role, relationship), out var id) ? id : throw new KeyNotFoundException($"The world has no {role.Name()} with relationship '{relationship.Name()}'.");

    public FamilyFile FileFor(Relationship relationship) => relationship == Excluded ? ConflictFamily : Family;

    public OrganisationId OrganisationOf(Relationship relationship) => relationship == OtherOrganisation ? Elsewhere.Id : Home.Id;

    /// <summary>One client per person, kept for the run (its cookies carry the anti-forgery cookie).</summary>
    public HttpClient ClientFor(UserId person) => _clients.GetOrAdd(person, Factory.ClientFor);

    public string EmailOf(UserId person)
    {
        lock (_emails)
        {
            return _emails[person];
        }
    }

    /// <summary>One API client per person, with a personal API token of their own (the API takes no other sign-in).</summary>
    public Task<HttpClient> ApiClientForAsync(UserId person) => _apiClients.GetOrAdd(person, async p =>
    {
        var token = await Seed.With<PersonalApiTokens, Core.Common.Result<PersonalApiTokens.IssuedToken>>(t => t.CreateAsync(EmailOf(p), 1, "authorization matrix"));
        token.Errors.ShouldBeEmpty();
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Value.Token);
        return client;
    });

    /// <summary>A new account of <paramref name="org"/> holding <paramref name="role"/>, for pages and the API.</summary>
    public async Task<UserId> AccountAsync(Organisation org, Role role, string label)
    {
        ArgumentNullException.ThrowIfNull(org);
        var email = $"{label}.{Guid.NewGuid():N}@matrix.example.org";
        var added = await Seed.With<StaffAccounts, Core.Common.Result<UserId>>(s =>
            s.AddAsync(org.Id, email, $"{role.Name()} ({label})", [role], "correct horse battery staple"));
        added.Errors.ShouldBeEmpty();
        lock (_emails)
        {
            _emails[added.Value] = email;
        }

        return added.Value;
    }

    /// <summary>An anti-forgery token for the person's page posts, taken from their caseload (the sign-out form).</summary>
    public Task<string> AntiForgeryTokenAsync(UserId person) => _tokens.GetOrAdd(person, async p =>
    {
        var html = await ClientFor(p).GetStringAsync(new Uri("/caseload", UriKind.Relative));
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        token.Success.ShouldBeTrue("the caseload has no anti-forgery token");
        return token.Groups[1].Value;
    });

    public async Task<long> AuditHeadAsync() => (await Factory.Services.GetRequiredService<AuditReader>().ReadHeadAsync()).Sequence;

    /// <summary>The entries about one file (family or personnel) written for <paramref name="actor"/> after sequence <paramref name="after"/>.</summary>
    public async Task<IReadOnlyList<AuditEntry>> AuditSinceAsync(long after, OrganisationId org, UserId actor, string kind, Guid resource) =>
        (await Factory.Services.GetRequiredService<AuditReader>().QueryAsync(new AuditQuery(org)
        {
            ResourceKind = kind,
            ResourceId = resource.ToString("D"),
            ActorId = actor,
            Limit = 50,
        })).Where(e => e.Sequence > after).ToList();

    public Task<T> WithAsync<TService, T>(Func<TService, Task<T>> work) where TService : notnull => Seed.With(work);

    public async Task<FamilyFile> FamilyAsync(Organisation org, UserId coordinator, FamilyDetails details)
    {
        var opened = await Seed.With<Confide.Data.Families.FamilyRecords, Core.Common.Result<FamilyFile>>(r =>
            r.OpenAsync(org.Id, coordinator, details, FamilyBuilder.Referral(), coordinator));
        opened.Errors.ShouldBeEmpty();
        return opened.Value;
    }

    public async Task<GrantId> GrantAsync(OrganisationId org, UserId issuer, GrantKind kind, UserId grantee, FamilyId file, DateTimeOffset from, DateTimeOffset until)
    {
        var issued = await Seed.With<AccessGrants, Core.Common.Result<AccessGrant>>(g =>
            g.IssueAsync(org, new GrantRequest(kind, grantee, [file], from, until, "authorization matrix"), issuer));
        issued.Errors.ShouldBeEmpty();
        return issued.Value.Id;
    }

    public async Task ExpectAsync<T>(Func<Task<Core.Common.Result<T>>> act)
    {
        ArgumentNullException.ThrowIfNull(act);
        (await act()).Errors.ShouldBeEmpty();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values.Concat(_apiClients.Values.Where(t => t.IsCompletedSuccessfully).Select(t => t.Result)))
        {
            client.Dispose();
        }

        await Factory.DisposeAsync();
    }

    /// <summary>
    /// The world signs nobody in with a password (pages use the test scheme, the API personal tokens), so it skips
    /// the demo organisation and hashes its seventy-odd passwords cheaply: seeding stays a few seconds on a busy machine.
    /// </summary>
    private static void QuickToSeed(IWebHostBuilder builder)
    {
        builder.UseSetting("Confide:Demo", "false");
        builder.ConfigureTestServices(services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000));
    }

    private async Task SeedAsync()
    {
        Home = await Seed.OrganisationAsync("Matrix Scheme");
        Elsewhere = await Seed.OrganisationAsync("Elsewhere Scheme");
        (await Seed.With<OrganisationRules, AccessRules>(r => r.ForAsync(Home.Id)))
            .ShouldBeSameAs(AccessDefaults.Rules, "the matrix is written for the default access rules");
        foreach (var (role, relationship) in Keys)
        {
            var org = relationship == OtherOrganisation ? Elsewhere : Home;
            _people[(role, relationship)] = await AccountAsync(org, role, $"{role.Name()}.{relationship}".ToLowerInvariant());
        }

        Family = await FamilyAsync(Home, Person(Role.Coordinator, Assigned), FamilyDetails);
        ConflictFamily = await FamilyAsync(Home, Person(Role.Coordinator, Excluded), ConflictFamilyDetails);
        await FamilyAsync(Elsewhere, Person(Role.Coordinator, OtherOrganisation), FamilyDetails);
        await AuthorizationRelationships.SetUpHomeAsync(this);
        await SeedPromptingAsync();
    }

    private async Task SeedPromptingAsync()
    {
        var yaml = SeedProfiles.Find("leicestershire")!;
        var profile = ProfileParser.Parse(yaml, "leicestershire.yaml").Value;
        Prompting = (await Seed.With<OrganisationRecords, Core.Common.Result<Organisation>>(o =>
            o.CreateAsync("Prompting Scheme", profile.Id, profile.Version, yaml, false))).Value;
        (await Seed.With<OrganisationRules, AccessRules>(r => r.ForAsync(Prompting.Id))).ReasonRequiredRoles.ShouldBe(
            [Role.Volunteer, Role.Trustee, Role.ExternalAuditor, Role.Contractor], ignoreOrder: true, "the reason cases are written for LEI-16");
        PromptingCoordinator = await AccountAsync(Prompting, Role.Coordinator, "prompting.coordinator");
        PromptingManager = await AccountAsync(Prompting, Role.SchemeManager, "prompting.manager");
        PromptingFamily = await FamilyAsync(Prompting, PromptingCoordinator, FamilyDetails);
    }
}
