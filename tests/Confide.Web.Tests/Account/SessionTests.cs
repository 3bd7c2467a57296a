using System.Net;
using Confide.Core.Staff;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using Confide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Web.Tests.Account;

public sealed class SessionTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Session_AccountDisabled_EndsAtTheNextRequest(DatabaseProvider provider)
    {
        await using var factory = await ConfideWebFactory.CreateAsync(provider);
        var email = await factory.AddAccountAsync(Role.Administrator);
        using var browser = new BrowserSession(factory);
        await browser.SignInAsync(email, AccountFixtures.Password);
        (await browser.GetAsync("/account")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await factory.DisableAsync(email);

        var next = await browser.GetAsync("/account");
        next.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        next.Headers.Location!.AbsolutePath.ShouldBe("/account/sign-in");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Session_Idle31Minutes_HasEnded(DatabaseProvider provider)
    {
        await using var factory = await ConfideWebFactory.CreateAsync(provider);
        var clock = new TestClock(DateTimeOffset.UtcNow);
        await using var app = WithClock(factory, clock);
        using var browser = new BrowserSession(app);
        await browser.SignInAsync(AccountFixtures.DemoCoordinator, Confide.Data.Demo.DemoAccounts.Password);
        clock.Now += TimeSpan.FromMinutes(29);
        (await browser.GetAsync("/account")).StatusCode.ShouldBe(HttpStatusCode.OK);

        clock.Now += TimeSpan.FromMinutes(31);

        (await browser.GetAsync("/account")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Session_InUseForMoreThan12Hours_HasEnded(DatabaseProvider provider)
    {
        await using var factory = await ConfideWebFactory.CreateAsync(provider);
        var clock = new TestClock(DateTimeOffset.UtcNow);
        await using var app = WithClock(factory, clock);
        using var browser = new BrowserSession(app);
        await browser.SignInAsync(AccountFixtures.DemoCoordinator, Confide.Data.Demo.DemoAccounts.Password);
        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromHours(11.5); elapsed += TimeSpan.FromMinutes(25))
        {
            clock.Now += TimeSpan.FromMinutes(25);
            (await browser.GetAsync("/account")).StatusCode.ShouldBe(HttpStatusCode.OK, $"after {elapsed}");
        }

        clock.Now += TimeSpan.FromMinutes(25);

        (await browser.GetAsync("/account")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private static Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> WithClock(ConfideWebFactory factory, TestClock clock) =>
        factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
}
