using Confide.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Confide.Browser.Tests.Pages;

/// <summary>/families/{id}/consent: the family's privacy-notice explanations, agreement to support and consents, with the forms to record them.</summary>
public sealed class ConsentPage(IPage page)
{
    public static async Task<ConsentPage> FollowFromFileAsync(IPage page)
    {
        (await Navigation.FollowAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Consent and privacy notice", Exact = true }))).Status.ShouldBe(200);
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldBe("Consent and privacy notice");
        return new ConsentPage(page);
    }

    public Task<string> ContentAsync() => page.Locator("main").InnerTextAsync();

    public async Task<int> RecordAgreementAsync(DateOnly on)
    {
        await page.Locator("#agreed-on").FillAsync(Forms.Iso(on));
        return (await Navigation.FollowAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Record agreement to support" }))).Status;
    }

    /// <summary>Records a written consent by the first person listed to a whole category of agency.</summary>
    public async Task<int> RecordWrittenConsentAsync(string category, string purpose, string kind, string reference)
    {
        await Forms.ChooseAsync(page.Locator("#category"), category);
        await page.GetByLabel(purpose, new() { Exact = true }).CheckAsync();
        await page.GetByLabel(kind, new() { Exact = true }).CheckAsync();
        await page.Locator("#written-reference").FillAsync(reference);
        return (await Navigation.FollowAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Record consent" }))).Status;
    }

    public async Task<int> WithdrawFirstAsync(string howTold)
    {
        await page.Locator("[id^=how-told-]").First.FillAsync(howTold);
        return (await Navigation.FollowAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Withdraw consent" }).First)).Status;
    }
}
