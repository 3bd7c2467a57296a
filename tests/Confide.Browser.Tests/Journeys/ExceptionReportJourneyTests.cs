using Confide.Browser.Tests.Infrastructure;
using Confide.Browser.Tests.Pages;

namespace Confide.Browser.Tests.Journeys;

/// <summary>A trustee reads the access exception report: who was refused which file, never what the file says.</summary>
public sealed class ExceptionReportJourneyTests(Chromium chromium) : IClassFixture<Chromium>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Trustee_RunsTheExceptionReport_AndFindsARefusal_WithoutTheFamilysDetails(bool javaScript)
    {
        await using var app = await RunningApp.StartAsync();
        var demo = await DemoScheme.FindAsync(app);
        var file = await demo.FamilyAsync("coordinator", "Ada", "Quillfeather");
        var family = file.Family;
        var colleague = await DemoSignIn.AsAsync(chromium, app, "coordinator2", javaScript);
        await RefusedFilePage.VisitAsync(colleague, family.Id);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var trustee = await DemoSignIn.AsAsync(chromium, app, "trustee", javaScript);
        (await new Header(trustee).FollowAsync("Exception report")).Status.ShouldBe(200);
        var report = await ExceptionsPage.ArrivedAsync(trustee);
        (await report.RunAsync(today, today.AddDays(-1))).Status.ShouldBe(400);
        (await report.ProblemAsync()).ShouldContain("The start date must be on or before the end date.");

        (await report.RunAsync(today.AddDays(-30), today)).Status.ShouldBe(200);
        (await report.RowsAsync()).ShouldContain(r => r.Who == demo.NameOf("coordinator2") && r.What == $"read · Family {family.Reference}"
            && r.WhyHere.Contains("refused") && r.Rule == "no-relationship", "the colleague's refused attempt");
        var content = await report.ContentAsync();
        foreach (var detail in new[] { "Quillfeather", "Ada", "Wren", family.Address, family.Postcode, file.Referrals[0].Reason })
        {
            content.ShouldNotContain(detail, Case.Sensitive, "the report shows who, when and which file, never what the file says");
        }
    }
}
