using Confide.Browser.Tests.Infrastructure;
using Confide.Browser.Tests.Pages;
using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Core.Sharing;
using Confide.Data.Families;
using Microsoft.Playwright;

namespace Confide.Browser.Tests.Journeys;

/// <summary>A receiving agency opens a share: the link, a wrong passcode, the right one, the items — CONFIDENTIAL throughout.</summary>
public sealed class PortalJourneyTests(Chromium chromium) : IClassFixture<Chromium>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Recipient_EntersTheWrongThenTheRightPasscode_AndReadsTheItems(bool javaScript)
    {
        await using var app = await RunningApp.StartAsync();
        var demo = await DemoScheme.FindAsync(app);
        var family = (await demo.FamilyAsync("coordinator", "Ada", "Quillfeather")).Family;
        var published = (await app.Seed.With<ISecureShareChannel, Result<PublishedShare>>(c => c.PublishAsync(new ShareParcel(
            demo.Organisation.Id, family.Id, Guid.NewGuid(), Guid.NewGuid(), "Sam Okafor, Family Support Team",
            [new SharedItemCopy("note:1", InformationKind.ProgressAndCircumstances, "Visit note, 12 November", "Ada finds mornings hard; Bram settled at nursery.")],
            DateTimeOffset.UtcNow.AddDays(7), demo.Account("coordinator"))))).Value;
        var page = await chromium.NewPageAsync(app.Address, [], javaScript);

        var share = await RecipientSharePage.OpenAsync(page, published.LinkPath);
        (await share.TitleAsync()).ShouldStartWith("CONFIDENTIAL");
        (await share.BannerAsync()).ShouldStartWith("CONFIDENTIAL");
        (await share.HeadingAsync()).ShouldBe("Enter the passcode");
        (await share.StaffLinksAsync()).ShouldBe(0, "no staff navigation and no sign-in on the recipient's pages");

        (await share.EnterPasscodeAsync("AAAAA-AAAAA")).ShouldBe(400);
        (await share.ProblemAsync()).ShouldContain("That passcode is not right");
        (await share.ItemsAsync()).ShouldBeEmpty();

        (await share.EnterPasscodeAsync(published.Passcode)).ShouldBe(200);
        (await share.TitleAsync()).ShouldStartWith("CONFIDENTIAL");
        (await share.BannerAsync()).ShouldStartWith("CONFIDENTIAL");
        (await share.HeadingAsync()).ShouldBe("Shared information");
        (await share.ItemsAsync()).ShouldBe([("Visit note, 12 November", "Ada finds mornings hard; Bram settled at nursery.")]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Coordinator_SeesWhenTheShareWasOpened_RevokesIt_AndFindsTheReferrerLetter(bool javaScript)
    {
        await using var app = await RunningApp.StartAsync();
        var demo = await DemoScheme.FindAsync(app);
        var family = (await demo.FamilyAsync("coordinator", "Ada", "Quillfeather")).Family;
        (await app.Seed.With<SupportRecords, Result<SupportEpisode>>(s => s.StartEpisodeAsync(demo.Organisation.Id, family.Id, SupportType.HomeVisiting,
            DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3)))).Errors.ShouldBeEmpty();
        var published = (await app.Seed.With<ISecureShareChannel, Result<PublishedShare>>(c => c.PublishAsync(new ShareParcel(
            demo.Organisation.Id, family.Id, Guid.NewGuid(), Guid.NewGuid(), "Sam Okafor, Family Support Team",
            [new SharedItemCopy("note:1", InformationKind.SupportGiven, "Support given", "Home visiting since this month.")],
            DateTimeOffset.UtcNow.AddDays(7), demo.Account("coordinator"))))).Value;
        var recipient = await RecipientSharePage.OpenAsync(await chromium.NewPageAsync(app.Address, [], javaScript), published.LinkPath);
        (await recipient.EnterPasscodeAsync(published.Passcode)).ShouldBe(200);
        var page = await DemoSignIn.AsAsync(chromium, app, "coordinator", javaScript);

        var reason = await (await CaseloadPage.OpenAsync(page)).ChooseFamilyAsync(family.Reference);
        await reason.OpenFamilyFileAsync(ReasonPage.CaseWork, "telling the health visitor support started");
        var shares = await SharesSentPage.FollowAsync(page);
        var row = await shares.RowAsync(published.ShareId);
        row.ShouldContain("Sam Okafor, Family Support Team");
        row.ShouldNotContain("Not opened", Case.Sensitive, "the recipient's opening shows");
        (await shares.StatusAsync(published.ShareId)).ShouldBe("Open");
        await shares.RevokeAsync(published.ShareId);
        (await shares.StatusAsync(published.ShareId)).ShouldStartWith("Withdrawn");

        await FamilyFilePage.OpenAsync(page, family.Id);
        (await Navigation.FollowAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Letters to the referrer" }))).Status.ShouldBe(200);
        await Accessibility.CheckAsync(page);
        (await page.Locator("#support-started-pdf").CountAsync()).ShouldBe(1);
        (await page.Locator("#support-ended-unavailable").InnerTextAsync()).ShouldContain("Support has not ended for this family");
    }
}
