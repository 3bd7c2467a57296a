using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Sharing;
using Confide.Core.Staff;
using Confide.Data.ApiTokens;
using Confide.Data.Families;
using Confide.Data.Organisations;
using Confide.Data.Staff;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using Confide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Web.Tests.Portal;

/// <summary>
/// The real app on a fresh database with a clock the test moves, an organisation, a coordinator and a family to share
/// from. Requests may name their client address in <c>X-Test-Client</c> (test only) so per-address limits can be seen.
/// </summary>
public sealed partial class PortalWorld : IAsyncDisposable
{
    public const string ClientHeader = "X-Test-Client";

    private PortalWorld(ConfideWebFactory factory, TestClock clock) => (Factory, Clock) = (factory, clock);

    public ConfideWebFactory Factory { get; }
    public TestClock Clock { get; }
    public Seed Seed => new(Factory);
    public Organisation Organisation { get; private set; } = null!;
    public UserId Coordinator { get; private set; }
    public FamilyFile Family { get; private set; } = null!;
    public Guid FamilyId => Family.Family.Id.Value;

    /// <param name="provider">The engine.</param>
    /// <param name="profile">A shipped profile for the organisation, or null for a minimal Suffolk one.</param>
    public static async Task<PortalWorld> CreateAsync(DatabaseProvider provider, string? profile = null)
    {
        var clock = new TestClock(DateTimeOffset.UtcNow);
        var factory = await ConfideWebFactory.CreateAsync(provider, configure: b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.AddSingleton<IStartupFilter, ClientAddressFromHeader>();
        }));
        var world = new PortalWorld(factory, clock);
        world.Organisation = profile is null
            ? await world.Seed.OrganisationAsync()
            : (await world.Seed.With<OrganisationRecords, Core.Common.Result<Organisation>>(o =>
                o.CreateAsync("Shipped profile scheme", profile, 1, SeedProfiles.Find(profile)!, false))).Value;
        world.Coordinator = await world.Seed.UserAsync(world.Organisation, Role.Coordinator);
        world.Family = await world.Seed.FamilyAsync(world.Organisation, world.Coordinator);
        return world;
    }

    /// <summary>Places a share on the portal as the sharing decision flow would, through <see cref="ISecureShareChannel"/>.</summary>
    public async Task<PublishedShare> PublishAsync(TimeSpan? expiresIn = null, string recipient = "Dr Imogen Vale", FamilyFile? from = null)
    {
        var parcel = new ShareParcel(Organisation.Id, (from ?? Family).Family.Id, Guid.NewGuid(), Guid.NewGuid(), recipient,
            [new SharedItemCopy("note:1", InformationKind.ProgressAndCircumstances, "Visit note, 12 November", "Ada finds mornings hard; Bram settled at nursery.")],
            Clock.Now + (expiresIn ?? TimeSpan.FromDays(7)), from?.Family.AssignedCoordinatorId ?? Coordinator);
        var published = await Seed.With<ISecureShareChannel, Core.Common.Result<PublishedShare>>(c => c.PublishAsync(parcel));
        published.Errors.ShouldBeEmpty();
        return published.Value;
    }

    /// <summary>An anonymous browser (cookies kept, no redirects followed) at a client address.</summary>
    public HttpClient Recipient(string address = "203.0.113.7")
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(ClientHeader, address);
        return client;
    }

    /// <summary>Types a passcode on the share's page, as a browser without JavaScript would.</summary>
    public static Task<HttpResponseMessage> EnterPasscodeAsync(HttpClient recipient, PublishedShare share, string passcode, bool acceptTerms = false) =>
        Forms.PostAsync(recipient, share.LinkPath, share.LinkPath, acceptTerms
            ? new Dictionary<string, string> { ["Passcode"] = passcode, ["AcceptTerms"] = "true" }
            : new Dictionary<string, string> { ["Passcode"] = passcode });

    /// <summary>An account of <paramref name="org"/> with a personal API token, for <c>/api/v1</c>.</summary>
    public async Task<(UserId Id, HttpClient Api)> ApiAccountAsync(Organisation org, params Role[] roles)
    {
        var email = $"{Guid.NewGuid():N}@example.org";
        var id = (await Seed.With<StaffAccounts, Core.Common.Result<UserId>>(s => s.AddAsync(org.Id, email, "Test person", roles, "correct horse battery staple"))).Value;
        var token = (await Seed.With<PersonalApiTokens, Core.Common.Result<PersonalApiTokens.IssuedToken>>(t => t.CreateAsync(email, 30, "tests"))).Value.Token;
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (id, client);
    }

    public static async Task<string> HtmlAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [GeneratedRegex("New passcode: ([A-Z0-9]{5}-[A-Z0-9]{5})")]
    public static partial Regex NewPasscode();

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();

    /// <summary>Test only: the client address a request claims in <c>X-Test-Client</c>.</summary>
    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(ClientHeader, out var address) && IPAddress.TryParse(address.ToString(), out var ip))
                {
                    context.Connection.RemoteIpAddress = ip;
                }

                await nextMiddleware(context);
            });
            next(app);
        };
    }
}
