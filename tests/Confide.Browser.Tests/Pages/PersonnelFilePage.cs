using Confide.Browser.Tests.Infrastructure;
using Confide.Core.Staff;
using Microsoft.Playwright;

namespace Confide.Browser.Tests.Pages;

/// <summary>/staff/{id}: a colleague's (or one's own) personnel file and its record of access.</summary>
public sealed class PersonnelFilePage(IPage page)
{
    public sealed record Entry(string When, string Who, string Why, string Decision, string Rule);

    public static string Path(UserId person) => $"/staff/{person}";

    public static async Task<PersonnelFilePage> ArrivedAsync(IPage page)
    {
        await page.GetByText("Personnel file", new() { Exact = true }).WaitForAsync();
        await Accessibility.CheckAsync(page);
        return new PersonnelFilePage(page);
    }

    public Task<string> NameAsync() => page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();

    public Task<string> AccessBasisAsync() => page.Locator("#access-basis").InnerTextAsync();

    public async Task<IReadOnlyList<Entry>> EntriesAsync() =>
        (await TableRows.ReadAsync(page.Locator("#record-of-access"))).Select(c => new Entry(c[0], c[1], c[2], c[3], c[4])).ToList();
}
