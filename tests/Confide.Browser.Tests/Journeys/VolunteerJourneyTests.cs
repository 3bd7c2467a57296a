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

        var refused = await FamilyFilePage.VisitAsync(page, unmatched.Family.Id);
        refused.Status.ShouldBe(404);
        (await page.ContentAsync()).ShouldNotContain("Marchbanks");
    }
}
