using Confide.Browser.Tests.Infrastructure;
using Confide.Browser.Tests.Pages;
using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Data.Families;

namespace Confide.Browser.Tests.Journeys;

/// <summary>A coordinator opens their own family's file, then reads who has opened it and who can.</summary>
public sealed class RecordOfAccessJourneyTests(Chromium chromium) : IClassFixture<Chromium>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Coordinator_OpensTheirFamily_ThenReadsItsRecordOfAccess_AndWhoCanSeeIt(bool javaScript)
    {
        await using var app = await RunningApp.StartAsync();
        var demo = await DemoScheme.FindAsync(app);
        var family = (await demo.FamilyAsync("coordinator", "Ada", "Quillfeather")).Family;
        var (alex, jo, pat) = (demo.NameOf("coordinator"), demo.NameOf("volunteer"), demo.NameOf("volunteer2"));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        (await app.Seed.With<SupportRecords, Result<VolunteerMatch>>(s =>
            s.MatchVolunteerAsync(demo.Organisation.Id, family.Id, demo.Account("volunteer2"), today.AddDays(-7)))).Errors.ShouldBeEmpty();
        var page = await DemoSignIn.AsAsync(chromium, app, "coordinator", javaScript);

        // The Suffolk profile asks everyone for a reason before a file opens.
        var reason = await (await CaseloadPage.OpenAsync(page)).ChooseFamilyAsync(family.Reference);
        (await reason.GiveExpectingProblemAsync(purpose: null)).ShouldContain("Choose why you are opening this file.");
        var file = await reason.OpenFamilyFileAsync(ReasonPage.CaseWork, "planning the first home visit");
        (await file.FamilyNameAsync()).ShouldBe("Quillfeather");
        (await file.AccessBasisAsync()).ShouldStartWith("You can see this file because:");

        var record = await file.OpenRecordOfAccessAsync();
        (await record.CaptionAsync()).ShouldBe($"Family file {family.Reference}");
        (await record.EntriesAsync()).ShouldContain(e => e.Who == alex && e.What == "read (file)" && e.Decision == "Allowed"
            && e.Rule == "assigned-coordinator" && e.Why.Contains("planning the first home visit"), "their own opening, with the reason they gave");

        file = await FamilyFilePage.OpenAsync(page, family.Id);
        var who = await file.OpenWhoCanSeeAsync();
        var people = await who.PeopleAsync();
        people.ShouldContain(p => p.Name == alex && p.Rule == "assigned-coordinator" && p.Sees == "Whole file");
        people.ShouldContain(p => p.Name == demo.NameOf("safeguarding") && p.Rule == "safeguarding-lead");
        people.ShouldContain(p => p.Name == pat && p.Rule == "matched-volunteer" && p.Sees == "Volunteer view");
        people.ShouldNotContain(p => p.Name == jo, "Jo is not matched to this family");

        var whyNot = await who.WhyCanAsync(jo);
        whyNot.ShouldContain($"{jo}: cannot open this file.");
        whyNot.ShouldContain("no-relationship");
        var whyPat = await who.WhyCanAsync(pat);
        whyPat.ShouldContain($"{pat}: can open this file once they give a reason.");
        whyPat.ShouldContain("matched-volunteer");
    }
}
