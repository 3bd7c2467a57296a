using Confide.Browser.Tests.Infrastructure;
using Confide.Browser.Tests.Pages;
using Confide.Core.Staff;

namespace Confide.Browser.Tests.Journeys;

public sealed class VolunteerJourneyTests(Chromium chromium) : IClassFixture<Chromium>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Volunteer_SeesOnlyTheMatchedFamily_InTheVolunteerView(bool javaScript)
    {
        await using var app = await RunningApp.StartAsync();
        var org = await app.Seed.OrganisationAsync();
        var coordinator = await app.Seed.UserAsync(org, Role.Coordinator);
        var volunteer = await app.Seed.UserAsync(org, Role.Volunteer);
        var matched = await app.Seed.FamilyAsync(org, coordinator, "Ada", "Quillfeather");
        var unmatched = await app.Seed.FamilyAsync(org, coordinator, "Cyril", "Marchbanks");
        await app.Seed.MatchAsync(org, matched.Family.Id, volunteer);
        var page = await chromium.NewPageAsync(app.Address, RunningApp.SignedInAs(volunteer), javaScript);

        var caseload = await CaseloadPage.OpenAsync(page);
        (await caseload.FamiliesAsync()).ShouldBe(["Quillfeather"]);

        var file = await caseload.OpenFamilyAsync(matched.Family.Reference);
        (await file.ShowsVolunteerViewAsync()).ShouldBeTrue();
        (await file.HouseholdAsync()).ShouldContain("Ada Quillfeather");
        var content = await file.ContentAsync();
        content.ShouldNotContain("aged", Case.Sensitive, "a volunteer does not see ages");
        content.ShouldNotContain("Isolated after a house move", Case.Sensitive, "a volunteer does not see the referral reason");

        // A family of the same organisation that is not theirs: refused with the reason, nothing of the file shown.
        var refused = await RefusedFilePage.VisitAsync(page, unmatched.Family.Id);
        (await refused.ExplanationAsync()).ShouldContain("no role in supporting this family");
        (await page.ContentAsync()).ShouldNotContain("Marchbanks");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Volunteer_RefusedAFamily_IsNotOfferedBreakGlass(bool javaScript)
    {
        await using var app = await RunningApp.StartAsync();
        var org = await app.Seed.OrganisationAsync();
        var unmatched = await app.Seed.FamilyAsync(org, await app.Seed.UserAsync(org, Role.Coordinator), "Cyril", "Marchbanks");
        var page = await chromium.NewPageAsync(app.Address, RunningApp.SignedInAs(await app.Seed.UserAsync(org, Role.Volunteer)), javaScript);

        var refused = await RefusedFilePage.VisitAsync(page, unmatched.Family.Id);

        (await refused.OffersBreakGlassAsync()).ShouldBeFalse("emergency access is not open to volunteers");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Volunteer_BreakingTheGlass_IsRefused_SayingWhoMay(bool javaScript)
    {
        await using var app = await RunningApp.StartAsync();
        var org = await app.Seed.OrganisationAsync();
        var unmatched = await app.Seed.FamilyAsync(org, await app.Seed.UserAsync(org, Role.Coordinator), "Cyril", "Marchbanks");
        var page = await chromium.NewPageAsync(app.Address, RunningApp.SignedInAs(await app.Seed.UserAsync(org, Role.Volunteer)), javaScript);

        (await Navigation.GotoAsync(page, $"/families/{unmatched.Family.Id}/break-glass")).Status.ShouldBe(200);
        var glass = await BreakGlassPage.ArrivedAsync(page);
        var problem = await glass.BreakExpectingProblemAsync("The family asked me to call round urgently", 403);

        problem.ShouldContain("You cannot break the glass on this file");
        problem.ShouldContain("open only to coordinators");
        (await page.ContentAsync()).ShouldNotContain("Marchbanks");
        (await RefusedFilePage.VisitAsync(page, unmatched.Family.Id)).ShouldNotBeNull("nothing was opened");
    }
}
