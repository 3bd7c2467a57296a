using Confide.Browser.Tests.Infrastructure;
using Confide.Browser.Tests.Pages;

namespace Confide.Browser.Tests.Journeys;

/// <summary>A coordinator opens a colleague's family in an emergency; the safeguarding lead is alerted and reviews it.</summary>
public sealed class BreakGlassJourneyTests(Chromium chromium) : IClassFixture<Chromium>
{
    private const string Emergency = "Police called out of hours about the children; their coordinator is unreachable";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Coordinator_BreaksTheGlassOnAColleaguesFamily_AndTheSafeguardingLeadFindsItJustified(bool javaScript)
    {
        await using var app = await RunningApp.StartAsync();
        var demo = await DemoScheme.FindAsync(app);
        var alexs = (await demo.FamilyAsync("coordinator", "Ada", "Quillfeather")).Family;
        var sam = demo.NameOf("coordinator2");
        var page = await DemoSignIn.AsAsync(chromium, app, "coordinator2", javaScript);

        var refused = await RefusedFilePage.VisitAsync(page, alexs.Id);
        (await refused.ExplanationAsync()).ShouldContain("no role in supporting this family");
        (await refused.ContentAsync()).ShouldNotContain("Quillfeather");
        var glass = await refused.BreakGlassAsync();
        (await glass.BreakExpectingProblemAsync("urgent", 400)).ShouldContain("at least 10 characters");
        var file = await glass.BreakAsync(Emergency);
        (await file.FamilyNameAsync()).ShouldBe("Quillfeather");
        (await file.ShowsBreakGlassWarningAsync()).ShouldBeTrue();
        (await file.AccessBasisAsync()).ShouldContain("break-glass", Case.Insensitive);

        var lead = await DemoSignIn.AsAsync(chromium, app, "safeguarding", javaScript);
        (await new Header(lead).FollowAsync("Break-glass reviews")).Status.ShouldBe(200);
        var reviews = await ReviewsPage.ArrivedAsync(lead);
        (await reviews.AlertsAsync()).ShouldHaveSingleItem().ShouldContain($"Glass broken on family {alexs.Reference}");
        await reviews.MarkAlertSeenAsync(alexs.Reference);
        (await reviews.AlertsAsync()).ShouldBeEmpty();
        var review = (await reviews.ReviewsAsync()).ShouldHaveSingleItem();
        review.ShouldContain($"{sam} opened family {alexs.Reference}");
        review.ShouldContain(Emergency);

        // Before deciding, the lead reads the file's record of access (giving their own reason to open it).
        (await reviews.OpenRecordOfAccessAsync(alexs.Reference)).Status.ShouldBe(200);
        var leadsFile = await (await ReasonPage.ArrivedAsync(lead)).OpenFamilyFileAsync(ReasonPage.Safeguarding, "Reviewing a break-glass opening");
        var sams = (await (await leadsFile.OpenRecordOfAccessAsync()).EntriesAsync()).Where(e => e.Who == sam).ToList();
        sams.ShouldContain(e => e.What == "read (file)" && e.Decision == "Refused" && e.Rule == "no-relationship", "the refused attempt");
        sams.ShouldContain(e => e.What == "break-glass (file)" && e.Decision == "Allowed" && e.Rule == "break-glass" && e.Why.Contains(Emergency),
            "breaking the glass, with the reason");
        sams.ShouldContain(e => e.What == "read (file)" && e.Decision == "Allowed" && e.Rule == "break-glass", "the opening that followed");

        (await new Header(lead).FollowAsync("Break-glass reviews")).Status.ShouldBe(200);
        reviews = await ReviewsPage.ArrivedAsync(lead);
        await reviews.MarkAsync(alexs.Reference, "Justified");
        (await reviews.ReviewsAsync()).ShouldBeEmpty();
        (await reviews.ContentAsync()).ShouldContain(ReviewsPage.NoneWaiting);
    }
}
