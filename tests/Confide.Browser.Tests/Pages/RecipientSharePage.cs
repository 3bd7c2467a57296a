using Confide.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Confide.Browser.Tests.Pages;

/// <summary>The recipient's page of the secure share portal: the passcode form, then the shared items.</summary>
public sealed class RecipientSharePage(IPage page)
{
    public static async Task<RecipientSharePage> OpenAsync(IPage page, string linkPath)
    {
        (await Navigation.GotoAsync(page, linkPath)).Status.ShouldBe(200);
        await Accessibility.CheckAsync(page);
        return new RecipientSharePage(page);
    }

    public Task<string> TitleAsync() => page.TitleAsync();

    public Task<string> BannerAsync() => page.Locator("#confidential-banner").InnerTextAsync();

    public Task<string> HeadingAsync() => page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();

    /// <summary>Types the passcode and sends the form; returns the HTTP status of the page it lands on.</summary>
    public async Task<int> EnterPasscodeAsync(string passcode)
    {
        await page.GetByLabel("Passcode").FillAsync(passcode);
        var response = await Navigation.FollowAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Open the shared information" }));
        await Accessibility.CheckAsync(page);
        return response.Status;
    }

    public Task<string> ProblemAsync() => page.Locator(".govuk-error-summary").InnerTextAsync();

    /// <summary>The shared items as label → text.</summary>
    public async Task<IReadOnlyList<(string Label, string Text)>> ItemsAsync()
    {
        var rows = page.Locator("#shared-items .govuk-summary-list__row");
        var items = new List<(string, string)>();
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            items.Add((await rows.Nth(i).Locator("dt").InnerTextAsync(), await rows.Nth(i).Locator("dd").InnerTextAsync()));
        }

        return items;
    }

    public Task<int> StaffLinksAsync() => page.Locator("a[href='/caseload'], a[href='/account/sign-in']").CountAsync();
}
