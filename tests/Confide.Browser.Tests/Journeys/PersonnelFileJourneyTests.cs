using Confide.Browser.Tests.Infrastructure;
using Confide.Browser.Tests.Pages;
using Microsoft.Playwright;

namespace Confide.Browser.Tests.Journeys;

/// <summary>Personnel files: one's own, a line manager's view of a report's file, and a colleague refused; each on the file's record of access.</summary>
public sealed class PersonnelFileJourneyTests(Chromium chromium) : IClassFixture<Chromium>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Volunteer_ReadsTheirOwnFile_IsRefusedACoordinators_AndTheManagerSeesTheAttempt(bool javaScript)
    {
        await using var app = await RunningApp.StartAsync();
        var demo = await DemoScheme.FindAsync(app);
        var (jo, alex) = (demo.NameOf("volunteer"), demo.NameOf("coordinator"));
        var alexsFile = PersonnelFilePage.Path(demo.Account("coordinator"));
        var volunteer = await DemoSignIn.AsAsync(chromium, app, "volunteer", javaScript);

        (await Navigation.GotoAsync(volunteer, PersonnelFilePage.Path(demo.Account("volunteer")))).Status.ShouldBe(200);
        var own = await PersonnelFilePage.ArrivedAsync(volunteer);
        (await own.NameAsync()).ShouldBe(jo);
        (await own.EntriesAsync()).ShouldContain(e => e.Who == jo && e.Decision == "Allowed" && e.Rule == "own-record");

        (await Navigation.GotoAsync(volunteer, alexsFile)).Status.ShouldBe(403);
        await volunteer.GetByRole(AriaRole.Heading, new() { Name = "You cannot open this personnel file" }).WaitForAsync();
        await Accessibility.CheckAsync(volunteer);
        (await volunteer.Locator("#refusal-explanation").InnerTextAsync()).ShouldNotBeNullOrWhiteSpace();
        (await volunteer.Locator("main").InnerTextAsync()).ShouldNotContain(DemoScheme.Email("coordinator"));

        // The scheme manager line-manages the coordinators; the profile asks them a reason first.
        var manager = await DemoSignIn.AsAsync(chromium, app, "manager", javaScript);
        (await Navigation.GotoAsync(manager, alexsFile)).Status.ShouldBe(200);
        (await (await ReasonPage.ArrivedAsync(manager)).GiveAsync(ReasonPage.Supervision, "annual appraisal")).Status.ShouldBe(200);
        var file = await PersonnelFilePage.ArrivedAsync(manager);
        (await file.NameAsync()).ShouldBe(alex);
        var entries = await file.EntriesAsync();
        entries.ShouldContain(e => e.Who == jo && e.Decision == "Refused", "the volunteer's attempt");
        entries.ShouldContain(e => e.Who == demo.NameOf("manager") && e.Decision == "Allowed" && e.Rule == "line-manager" && e.Why.Contains("annual appraisal"));
    }
}
