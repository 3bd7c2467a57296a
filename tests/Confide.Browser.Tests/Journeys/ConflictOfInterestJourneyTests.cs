using Confide.Browser.Tests.Infrastructure;
using Confide.Browser.Tests.Pages;

namespace Confide.Browser.Tests.Journeys;

/// <summary>An administrator declares a coordinator's conflict of interest with a family: the file vanishes for them everywhere.</summary>
public sealed class ConflictOfInterestJourneyTests(Chromium chromium) : IClassFixture<Chromium>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Administrator_DeclaresACoordinatorsConflict_TheFamilyVanishesForThem_UntilItIsLifted(bool javaScript)
    {
        await using var app = await RunningApp.StartAsync();
        var demo = await DemoScheme.FindAsync(app);
        var conflicted = (await demo.FamilyAsync("coordinator", "Ada", "Quillfeather")).Family;
        var cousins = (await demo.FamilyAsync("coordinator", "Cyril", "Quillfeather")).Family;
        var alex = demo.NameOf("coordinator");
        var coordinator = await DemoSignIn.AsAsync(chromium, app, "coordinator", javaScript);
        (await (await CaseloadPage.OpenAsync(coordinator)).ReferencesAsync()).ShouldContain(conflicted.Reference);
        var search = await SearchPage.OpenAsync(coordinator);
        await search.SearchAsync("Quillfeather");
        (await search.ReferencesAsync()).ShouldBe([conflicted.Reference, cousins.Reference], ignoreOrder: true);

        var admin = await DemoSignIn.AsAsync(chromium, app, "admin", javaScript);
        (await new Header(admin).FollowAsync("Conflicts of interest")).Status.ShouldBe(200);
        var exclusions = await ExclusionsPage.ArrivedAsync(admin);
        (await exclusions.ExclusionsAsync()).ShouldBeEmpty();
        await exclusions.DeclareFamilyConflictAsync(alex, conflicted.Reference);
        var declared = (await exclusions.ExclusionsAsync()).ShouldHaveSingleItem();
        (declared.Person, declared.KeptOutOf, declared.Status).ShouldBe((alex, $"Family {conflicted.Reference}", "In force"));
        (await admin.Locator("main").InnerTextAsync()).ShouldNotContain("Quillfeather", Case.Sensitive, "declaring a conflict shows no family content");

        (await (await CaseloadPage.OpenAsync(coordinator)).ReferencesAsync()).ShouldNotContain(conflicted.Reference);
        search = await SearchPage.OpenAsync(coordinator);
        await search.SearchAsync("Quillfeather");
        (await search.ResultsHeadingAsync()).ShouldBe("1 family found");
        (await search.ReferencesAsync()).ShouldBe([cousins.Reference]);
        var notFound = await NotFoundPage.VisitAsync(coordinator, $"/families/{conflicted.Id}");
        notFound.ShouldNotContain("Quillfeather");
        notFound.ShouldNotContain("You cannot open this file", Case.Sensitive, "a conflict hides that the file exists");

        await exclusions.LiftAsync(alex);
        (await exclusions.ExclusionsAsync()).ShouldHaveSingleItem().Status.ShouldStartWith("Lifted");
        (await (await CaseloadPage.OpenAsync(coordinator)).ReferencesAsync()).ShouldContain(conflicted.Reference);
    }
}
