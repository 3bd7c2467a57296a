using Confide.Browser.Tests.Infrastructure;
using Confide.Browser.Tests.Pages;
using Confide.Core.Staff;

namespace Confide.Browser.Tests.Journeys;

public sealed class ConsentJourneyTests(Chromium chromium) : IClassFixture<Chromium>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Coordinator_RecordsAgreementAndConsent_SeesAProblem_ThenWithdraws_AndEachStatePassesTheCheck(bool javaScript)
    {
        await using var app = await RunningApp.StartAsync();
        var org = await app.Seed.OrganisationAsync();
        var me = await app.Seed.UserAsync(org, Role.Coordinator);
        var family = await app.Seed.FamilyAsync(org, me, "Ada", "Quillfeather");
        var page = await chromium.NewPageAsync(app.Address, RunningApp.SignedInAs(me), javaScript);
        await FamilyFilePage.OpenAsync(page, family.Family.Id);

        var consent = await ConsentPage.FollowFromFileAsync(page);
        await Accessibility.CheckAsync(page);
        (await consent.RecordAgreementAsync(Today)).ShouldBe(200);
        (await consent.ContentAsync()).ShouldContain("The family agreed to receive support on");

        (await consent.RecordWrittenConsentAsync("Health Visitors", "coordinating support", "the support given", "")).ShouldBe(400);
        (await consent.ContentAsync()).ShouldContain("Enter the reference of the signed form or e-signature.");
        await Accessibility.CheckAsync(page);

        (await consent.RecordWrittenConsentAsync("Health Visitors", "coordinating support", "the support given", "FORM-2026-031")).ShouldBe(200);
        var recorded = await consent.ContentAsync();
        recorded.ShouldContain("Current (1)");
        recorded.ShouldContain("In writing (FORM-2026-031)");
        await Accessibility.CheckAsync(page);

        (await consent.WithdrawFirstAsync("Rang the office")).ShouldBe(200);
        var withdrawn = await consent.ContentAsync();
        withdrawn.ShouldContain("Current (0)");
        withdrawn.ShouldContain("Withdrawn (1)");
        await Accessibility.CheckAsync(page);
    }
}
