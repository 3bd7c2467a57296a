using Confide.Browser.Tests.Infrastructure;
using Confide.Browser.Tests.Pages;
using Confide.Core.Common;
using Confide.Core.Staff;
using Confide.Data.Staff;
using Confide.Web.Tests.Account;
using Microsoft.Playwright;

namespace Confide.Browser.Tests.Journeys;

/// <summary>The real sign-in: password, then (outside the demo organisation) enrolment and a one-time code.</summary>
public sealed class SignInJourneyTests(Chromium chromium) : IClassFixture<Chromium>
{
    private const string Password = "a long and private passphrase";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Coordinator_SignsInEnrolsAnAuthenticator_ThenSignsInWithACode(bool javaScript)
    {
        await using var app = await RunningApp.StartAsync();
        var org = await app.Seed.OrganisationAsync();
        var email = $"{Guid.NewGuid():N}@example.org";
        var coordinator = (await app.Seed.With<StaffAccounts, Result<UserId>>(s => s.AddAsync(org.Id, email, "Coordinator", [Role.Coordinator], Password))).Value;
        await app.Seed.FamilyAsync(org, coordinator, "Ada", "Quillfeather");
        var page = await chromium.NewPageAsync(app.Address, [], javaScript);

        await SignInAsync(page, email, Password);
        page.Url.ShouldContain("/account/two-factor/enrol", Case.Insensitive, "two-factor is required before any family file");
        await Accessibility.CheckAsync(page);
        var key = (await page.Locator("#key").InnerTextAsync()).Trim();
        var step = Totp.StepNow();
        await page.GetByLabel("Code from your authenticator app").FillAsync(Totp.Code(key, step));
        await Navigation.FollowAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }));
        (await page.ContentAsync()).ShouldContain("recovery", Case.Insensitive);
        await Accessibility.CheckAsync(page);

        (await CaseloadPage.OpenAsync(page)).ShouldNotBeNull();
        (await page.ContentAsync()).ShouldContain("Quillfeather");

        await Navigation.FollowAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }));
        (await Navigation.GotoAsync(page, "/caseload")).Url.ShouldContain("/account/sign-in", Case.Insensitive);

        await SignInAsync(page, email, Password);
        page.Url.ShouldContain("/account/two-factor", Case.Insensitive);
        await Accessibility.CheckAsync(page);
        // The code just used is refused as a replay; the app's next code is accepted.
        await page.GetByLabel("Code from your authenticator app").FillAsync(Totp.Code(key, step));
        await Navigation.FollowAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));
        (await page.ContentAsync()).ShouldContain("There is a problem");
        await page.GetByLabel("Code from your authenticator app").FillAsync(Totp.Code(key, step + 1));
        await Navigation.FollowAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Continue" }));

        await CaseloadPage.OpenAsync(page);
        (await page.ContentAsync()).ShouldContain("Quillfeather");
    }

    [Fact]
    public async Task WrongPassword_ShowsTheProblem_AndNoCaseload()
    {
        await using var app = await RunningApp.StartAsync();
        var org = await app.Seed.OrganisationAsync();
        var email = $"{Guid.NewGuid():N}@example.org";
        await app.Seed.With<StaffAccounts, Result<UserId>>(s => s.AddAsync(org.Id, email, "Coordinator", [Role.Coordinator], Password));
        var page = await chromium.NewPageAsync(app.Address, []);

        await SignInAsync(page, email, "not the password at all");

        page.Url.ShouldContain("/account/sign-in", Case.Insensitive);
        (await page.ContentAsync()).ShouldContain("There is a problem");
        await Accessibility.CheckAsync(page);
        (await Navigation.GotoAsync(page, "/caseload")).Url.ShouldContain("/account/sign-in", Case.Insensitive);
    }

    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await Navigation.GotoAsync(page, "/account/sign-in");
        await Accessibility.CheckAsync(page);
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await Navigation.FollowAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }));
    }
}
