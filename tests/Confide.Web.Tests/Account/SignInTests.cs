using System.Net;
using Confide.Core.Staff;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using Confide.Web.Features.Account;
using Confide.Web.Tests.Infrastructure;

namespace Confide.Web.Tests.Account;

public sealed class SignInTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task SignIn_DemoCoordinatorRightPassword_RedirectsHomeAndAccountPageShowsTheirName(DatabaseProvider provider)
    {
        await using var factory = await ConfideWebFactory.CreateAsync(provider);
        using var browser = new BrowserSession(factory);

        var response = await browser.SignInAsync(AccountFixtures.DemoCoordinator, Confide.Data.Demo.DemoAccounts.Password);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/");
        (await browser.GetPageAsync("/account")).ShouldContain("Signed in as <strong>Demo Coordinator (Alex)</strong>");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task SignIn_WrongPasswordOrUnknownEmail_SamePageSameMessageAndNotSignedIn(DatabaseProvider provider)
    {
        await using var factory = await ConfideWebFactory.CreateAsync(provider);
        using var browser = new BrowserSession(factory);

        var wrong = await browser.SignInAsync(AccountFixtures.DemoCoordinator, "not the right password");
        var unknown = await browser.SignInAsync("nobody@example.org", "not the right password");

        foreach (var response in new[] { wrong, unknown })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var html = await response.Content.ReadAsStringAsync();
            html.ShouldContain("<h1 class=\"govuk-heading-l\">Sign in</h1>");
            html.ShouldContain(System.Text.Encodings.Web.HtmlEncoder.Default.Encode(SignInModel.NotRight));
        }

        (await browser.GetAsync("/account")).Headers.Location!.AbsolutePath.ShouldBe("/account/sign-in");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task SignIn_TenWrongPasswords_LocksTheAccountEvenAgainstTheRightPassword(DatabaseProvider provider)
    {
        await using var factory = await ConfideWebFactory.CreateAsync(provider);
        var email = await factory.AddAccountAsync(Role.Trustee);
        using var browser = new BrowserSession(factory);
        var locked = System.Text.Encodings.Web.HtmlEncoder.Default.Encode(SignInModel.Locked);

        for (var i = 1; i <= 9; i++)
        {
            (await (await browser.SignInAsync(email, $"wrong password {i}")).Content.ReadAsStringAsync()).ShouldNotContain(locked);
        }

        (await (await browser.SignInAsync(email, "wrong password 10")).Content.ReadAsStringAsync()).ShouldContain(locked);
        var right = await browser.SignInAsync(email, AccountFixtures.Password);
        right.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await right.Content.ReadAsStringAsync()).ShouldContain(locked);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task SignIn_DisabledAccountRightPassword_IsRefused(DatabaseProvider provider)
    {
        await using var factory = await ConfideWebFactory.CreateAsync(provider);
        var email = await factory.AddAccountAsync(Role.Administrator);
        await factory.DisableAsync(email);
        using var browser = new BrowserSession(factory);

        var response = await browser.SignInAsync(email, AccountFixtures.Password);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("your account may have been disabled");
        (await browser.GetAsync("/account")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task SignIn_PostWithoutAntiforgeryToken_Is400AndSignsNobodyIn(DatabaseProvider provider)
    {
        await using var factory = await ConfideWebFactory.CreateAsync(provider);
        using var browser = new BrowserSession(factory);
        await browser.GetPageAsync("/account/sign-in");

        var response = await browser.PostAsync("/account/sign-in", ("Email", AccountFixtures.DemoCoordinator), ("Password", Confide.Data.Demo.DemoAccounts.Password));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await browser.GetAsync("/account")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task SignOut_Post_EndsTheSession(DatabaseProvider provider)
    {
        await using var factory = await ConfideWebFactory.CreateAsync(provider);
        using var browser = new BrowserSession(factory);
        await browser.SignInAsync(AccountFixtures.DemoCoordinator, Confide.Data.Demo.DemoAccounts.Password);

        var response = await browser.SubmitAsync("/account/sign-out");

        response.Headers.Location!.OriginalString.ShouldStartWith("/account/sign-in");
        (await browser.GetAsync("/account")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}
