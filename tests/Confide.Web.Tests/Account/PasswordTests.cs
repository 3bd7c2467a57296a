using System.Net;
using Confide.Core.Staff;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using Confide.Web.Tests.Infrastructure;

namespace Confide.Web.Tests.Account;

public sealed class PasswordTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "eleven char", "at least 12 characters")]
    [InlineData(DatabaseProvider.Postgres, "eleven char", "at least 12 characters")]
    [InlineData(DatabaseProvider.Sqlite, "password1234", "one of the most common passwords")]
    [InlineData(DatabaseProvider.Postgres, "Password1234", "one of the most common passwords")]
    public async Task Change_ShortOrCommonPassword_IsRefusedWithAMessageAndTheOldOneStillWorks(DatabaseProvider provider, string newPassword, string message)
    {
        await using var factory = await ConfideWebFactory.CreateAsync(provider);
        var email = await factory.AddAccountAsync(Role.Administrator);
        using var browser = new BrowserSession(factory);
        await browser.SignInAsync(email, AccountFixtures.Password);

        var response = await browser.SubmitAsync("/account/password", ("CurrentPassword", AccountFixtures.Password), ("NewPassword", newPassword));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain(message);
        await AssertPasswordAsync(factory, email, AccountFixtures.Password);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Change_LongUncommonPassword_IsAcceptedAndTheSessionContinues(DatabaseProvider provider)
    {
        await using var factory = await ConfideWebFactory.CreateAsync(provider);
        var email = await factory.AddAccountAsync(Role.Administrator);
        using var browser = new BrowserSession(factory);
        await browser.SignInAsync(email, AccountFixtures.Password);

        var response = await browser.SubmitAsync("/account/password", ("CurrentPassword", AccountFixtures.Password), ("NewPassword", "lantern otter quarry mosaic"));

        (await response.Content.ReadAsStringAsync()).ShouldContain("Your password has been changed.");
        (await browser.GetAsync("/account")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await AssertPasswordAsync(factory, email, "lantern otter quarry mosaic");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Change_WithoutAntiforgeryToken_Is400AndThePasswordIsUnchanged(DatabaseProvider provider)
    {
        await using var factory = await ConfideWebFactory.CreateAsync(provider);
        var email = await factory.AddAccountAsync(Role.Administrator);
        using var browser = new BrowserSession(factory);
        await browser.SignInAsync(email, AccountFixtures.Password);

        var response = await browser.PostAsync("/account/password", ("CurrentPassword", AccountFixtures.Password), ("NewPassword", "lantern otter quarry mosaic"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await AssertPasswordAsync(factory, email, AccountFixtures.Password);
    }

    private static async Task AssertPasswordAsync(ConfideWebFactory factory, string email, string password)
    {
        using var fresh = new BrowserSession(factory);
        var signIn = await fresh.SignInAsync(email, password);
        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect, "the account should sign in with that password");
    }
}
