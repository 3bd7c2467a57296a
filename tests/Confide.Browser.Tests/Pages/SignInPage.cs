using Confide.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Confide.Browser.Tests.Pages;

/// <summary>/account/sign-in: email address and password (demo accounts need no second factor).</summary>
public sealed class SignInPage(IPage page)
{
    public static async Task<SignInPage> OpenAsync(IPage page)
    {
        (await Navigation.GotoAsync(page, "/account/sign-in")).Status.ShouldBe(200);
        await Accessibility.CheckAsync(page);
        return new SignInPage(page);
    }

    /// <summary>Signs in and returns the response of the page it lands on.</summary>
    public async Task<IResponse> SignInAsync(string email, string password)
    {
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        var response = await Navigation.FollowAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }));
        await Accessibility.CheckAsync(page);
        return response;
    }
}
