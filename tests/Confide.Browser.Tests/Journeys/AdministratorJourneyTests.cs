using Confide.Browser.Tests.Infrastructure;
using Confide.Core.Staff;
using Microsoft.Playwright;

namespace Confide.Browser.Tests.Journeys;

public sealed class AdministratorJourneyTests(Chromium chromium) : IClassFixture<Chromium>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Administrator_AddsAVolunteerAccount_AndSeesItsFirstPasswordOnce(bool javaScript)
    {
        await using var app = await RunningApp.StartAsync();
        var org = await app.Seed.OrganisationAsync();
        var page = await chromium.NewPageAsync(app.Address, RunningApp.SignedInAs(await app.Seed.UserAsync(org, Role.Administrator)), javaScript);

        await Navigation.GotoAsync(page, "/admin/users");
        await Accessibility.CheckAsync(page);
        await page.GetByLabel("Email address").FillAsync("new.volunteer@example.org");
        await page.GetByLabel("Name").FillAsync("New Volunteer");
        await page.GetByLabel("volunteer", new() { Exact = true }).CheckAsync();
        await Navigation.FollowAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Add account" }));

        (await page.Locator("#new-password").InnerTextAsync()).Length.ShouldBe(20);
        (await page.ContentAsync()).ShouldContain("new.volunteer@example.org");
        await Accessibility.CheckAsync(page);
    }
}
