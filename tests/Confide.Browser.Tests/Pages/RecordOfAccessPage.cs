using Confide.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Confide.Browser.Tests.Pages;

/// <summary>/families/{id}/access: every opening and refusal of the file, newest first.</summary>
public sealed class RecordOfAccessPage(IPage page)
{
    /// <summary>One row as shown: "What" is the action and part, like "read (file)"; "Why" the purpose and words.</summary>
    public sealed record Entry(string When, string Who, string What, string Why, string Decision, string Rule);

    public static async Task<RecordOfAccessPage> ArrivedAsync(IPage page)
    {
        page.Url.ShouldEndWith("/access");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Record of access", Level = 1 }).WaitForAsync();
        await Accessibility.CheckAsync(page);
        return new RecordOfAccessPage(page);
    }

    public async Task<IReadOnlyList<Entry>> EntriesAsync() =>
        (await TableRows.ReadAsync(page.Locator("#record-of-access"))).Select(c => new Entry(c[0], c[1], c[2], c[3], c[4], c[5])).ToList();

    public Task<string> CaptionAsync() => page.Locator(".govuk-caption-l").InnerTextAsync();
}
