using System.Net;
using Confide.Core.Staff;
using Confide.Data.Storage;
using Confide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Browser.Tests.Infrastructure;

/// <summary>
/// The real web app on Kestrel, on a free port of 127.0.0.1 only, with a fresh database. Browser tests run on
/// SQLite only: the page tests in Confide.Web.Tests already run every page on both engines, and the browser
/// adds what a person sees, which does not depend on the engine.
/// </summary>
public sealed class RunningApp : IAsyncDisposable
{
    private readonly ConfideWebFactory _factory;

    private RunningApp(ConfideWebFactory factory, Uri address) => (_factory, Address) = (factory, address);

    public Uri Address { get; }
    public Seed Seed => new(_factory);

    public static async Task<RunningApp> StartAsync()
    {
        var factory = await ConfideWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        var address = new Uri(addresses.Single());
        address.Host.ShouldBe("127.0.0.1");
        return new RunningApp(factory, address);
    }

    /// <summary>Headers that sign a browser in as <paramref name="user"/> through the factory's test scheme.</summary>
    public static Dictionary<string, string> SignedInAs(UserId user) => new() { [TestSignIn.Header] = user.ToString() };

    public ValueTask DisposeAsync() => _factory.DisposeAsync();
}
