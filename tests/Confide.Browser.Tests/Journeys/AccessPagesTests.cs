using Confide.Browser.Tests.Infrastructure;
using Confide.Browser.Tests.Pages;

namespace Confide.Browser.Tests.Journeys;

/// <summary>
/// Every access-control page, reached the way each person reaches it (the header's links for their role), passes the
/// accessibility check in each state it has: lists, empty lists, form problems, refusals.
/// </summary>
public sealed class AccessPagesTests(Chromium chromium) : IClassFixture<Chromium>
{
    public static TheoryData<string, bool> People()
    {
        var data = new TheoryData<string, bool>();
        foreach (var login in new[] { "coordinator", "volunteer", "manager", "safeguarding", "trustee", "admin" })
        {
            data.Add(login, true);
            data.Add(login, false);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(People))]
    public async Task EachPerson_FindsTheAccessPagesOfTheirRole_InTheHeader_AndEachPassesTheCheck(string login, bool javaScript)
    {
        await using var app = await RunningApp.StartAsync();
        var page = await DemoSignIn.AsAsync(chromium, app, login, javaScript);
        var header = new Header(page);

        var links = await header.LinksAsync();

        links.ShouldBe(login switch
        {
            "coordinator" => ["Caseload", "Find a family", "New referral", "Agencies", "Grants"],
            "volunteer" => ["Caseload", "Find a family", "Agencies"],
            "manager" => ["Caseload", "Find a family", "Agencies", "Grants"],
            "safeguarding" => ["Caseload", "Find a family", "Agencies", "Break-glass reviews"],
            "trustee" => ["Caseload", "Find a family", "Agencies", "Exception report"],
            "admin" => ["Caseload", "Find a family", "Users", "Agencies", "Conflicts of interest"],
            _ => throw new ArgumentOutOfRangeException(nameof(login)),
        });
        foreach (var link in links)
        {
            (await header.FollowAsync(link)).Status.ShouldBe(200, $"{login} following \"{link}\"");
            await Accessibility.CheckAsync(page);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AccessPages_ForPeopleWithoutTheTask_AreNotFound(bool javaScript)
    {
        await using var app = await RunningApp.StartAsync();
        var volunteer = await DemoSignIn.AsAsync(chromium, app, "volunteer", javaScript);

        foreach (var path in new[] { "/access/grants", "/access/exclusions", "/access/reviews", "/access/exceptions" })
        {
            (await NotFoundPage.VisitAsync(volunteer, path)).ShouldNotContain("Grant", Case.Sensitive, path);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AccessForms_ShowTheirProblems_AndEmptyStates(bool javaScript)
    {
        await using var app = await RunningApp.StartAsync();
        var demo = await DemoScheme.FindAsync(app);
        var family = (await demo.FamilyAsync("coordinator", "Ada", "Quillfeather")).Family;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var manager = await DemoSignIn.AsAsync(chromium, app, "manager", javaScript);
        var grants = await GrantsPage.OpenAsync(manager);
        (await manager.Locator("main").InnerTextAsync()).ShouldContain("There are no grants.");
        (await grants.IssueExpectingProblemAsync(new("Trustee spot-check", demo.NameOf("trustee"), ["F-999999"], today, today, "Spot-check")))
            .ShouldContain("No family has the reference F-999999");

        var admin = await DemoSignIn.AsAsync(chromium, app, "admin", javaScript);
        var exclusions = await ExclusionsPage.OpenAsync(admin);
        (await admin.Locator("main").InnerTextAsync()).ShouldContain("No conflicts of interest are declared.");
        (await exclusions.DeclareFamilyConflictExpectingProblemAsync(demo.NameOf("coordinator"), "F-999999"))
            .ShouldContain("Enter the reference of a family of this organisation");

        var lead = await DemoSignIn.AsAsync(chromium, app, "safeguarding", javaScript);
        var reviews = await ReviewsPage.OpenAsync(lead);
        (await reviews.AlertsAsync()).ShouldBeEmpty();
        (await reviews.ContentAsync()).ShouldContain(ReviewsPage.NoneWaiting);

        // A colleague with no part in the family: the file, its record of access and who can see it are all refused.
        var colleague = await DemoSignIn.AsAsync(chromium, app, "coordinator2", javaScript);
        await RefusedFilePage.VisitAsync(colleague, family.Id);
        (await StatusPage.VisitAsync(colleague, $"/families/{family.Id}/access", 403)).ShouldNotContain("Quillfeather");
        (await StatusPage.VisitAsync(colleague, $"/families/{family.Id}/who-can-see", 403)).ShouldNotContain("Quillfeather");
    }
}
