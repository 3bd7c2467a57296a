using Confide.Browser.Tests.Pages;
using Confide.Data.Demo;
using Microsoft.Playwright;

namespace Confide.Browser.Tests.Infrastructure;

/// <summary>A person of the demo organisation signed in through the real sign-in page, in a browser context of their own.</summary>
public static class DemoSignIn
{
    public static async Task<IPage> AsAsync(Chromium chromium, RunningApp app, string login, bool javaScript)
    {
        ArgumentNullException.ThrowIfNull(chromium);
        ArgumentNullException.ThrowIfNull(app);
        var page = await chromium.NewPageAsync(app.Address, [], javaScript);
        var signIn = await SignInPage.OpenAsync(page);
        (await signIn.SignInAsync(DemoScheme.Email(login), DemoAccounts.Password)).Status.ShouldBe(200);
        page.Url.ShouldNotContain("/account/", Case.Insensitive, $"{login} should be signed in without a second factor in the demo organisation");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).WaitForAsync();
        return page;
    }
}
