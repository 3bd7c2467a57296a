using Confide.Browser.Tests.Infrastructure;
using Confide.Browser.Tests.Pages;
using Confide.Core.Staff;

namespace Confide.Browser.Tests.Journeys;

public sealed class CoordinatorJourneyTests(Chromium chromium) : IClassFixture<Chromium>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Coordinator_FindsTheirFamily_RecordsAReferral_AndSignsANote(bool javaScript)
    {
        await using var app = await RunningApp.StartAsync();
        var org = await app.Seed.OrganisationAsync();
        var (me, colleague) = (await app.Seed.UserAsync(org, Role.Coordinator), await app.Seed.UserAsync(org, Role.Coordinator));
        var mine = await app.Seed.FamilyAsync(org, me, "Ada", "Quillfeather");
        await app.Seed.FamilyAsync(org, colleague, "Cyril", "Marchbanks");
        var page = await chromium.NewPageAsync(app.Address, RunningApp.SignedInAs(me), javaScript);

        var caseload = await CaseloadPage.OpenAsync(page);
        (await caseload.FamiliesAsync()).ShouldBe(["Quillfeather"]);

        var search = await SearchPage.OpenAsync(page);
        await search.SearchAsync("quillfeather");
        (await search.ResultsHeadingAsync()).ShouldBe("1 family found");
        await search.SearchAsync("IP33 1AB");
        (await search.FamiliesAsync()).ShouldBe(["Quillfeather"], "the colleague's family at the same postcode is not theirs to see");
        var file = await search.OpenFamilyAsync(mine.Family.Reference);
        (await file.FamilyNameAsync()).ShouldBe("Quillfeather");
        (await file.HouseholdAsync()).ShouldContain("Bram Quillfeather, aged 6");

        var referral = await NewReferralPage.OpenAsync(page);
        await referral.FillAsync(Ashdowns(consented: false));
        var problem = await referral.RecordExpectingProblemAsync();
        problem.ShouldContain("There is a problem");
        problem.ShouldContain("The family has not consented to this referral");

        await referral.FillAsync(Ashdowns(consented: true));
        var opened = await referral.RecordAsync();
        (await opened.FamilyNameAsync()).ShouldBe("Ashdown");
        (await opened.ContentAsync()).ShouldContain("Low mood after the birth of twins.");

        (await opened.ContactDateAsync()).ShouldBe(Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await opened.WriteNoteAsync("First home visit went well.");
        (await opened.NotesAsync()).ShouldHaveSingleItem().ShouldContain("draft");
        await opened.FinaliseNoteAsync();

        var note = (await opened.NotesAsync()).ShouldHaveSingleItem();
        note.ShouldContain("First home visit went well.");
        note.ShouldContain("finalised and signed");
        (await opened.ContentAsync()).ShouldNotContain("Finalise and sign this note");
    }

    private static NewReferralPage.Referral Ashdowns(bool consented) => new(
        Referrer: "Health visitor, Haverhill", ReferredOn: Today.AddDays(-2), Reason: "Low mood after the birth of twins.",
        Address: "4 Chapel Street, Haverhill", Postcode: "CB9 8AA", AdultGivenName: "Nell", FamilyName: "Ashdown",
        ChildGivenName: "Pip", ChildBornOn: Today.AddYears(-1), FamilyConsented: consented);
}
