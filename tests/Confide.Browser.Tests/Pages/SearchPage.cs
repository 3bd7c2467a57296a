using Confide.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Confide.Browser.Tests.Pages;

/// <summary>/families/search: find a family by name or postcode.</summary>
public sealed class SearchPage(IPage page)
{
    public static async Task<SearchPage> OpenAsync(IPage page)
    {
        (await Navigation.GotoAsync(page, "/families/search")).Status.ShouldBe(200);
        await Accessibility.CheckAsync(page);
        return new SearchPage(page);
    }

    public async Task SearchAsync(string query)
    {
        await page.GetByLabel("Name or postcode").FillAsync(query);
        (await Navigation.FollowAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Search" }))).Status.ShouldBe(200);
        await Accessibility.CheckAsync(page);
    }

    /// <summary>The heading over the results, for example "1 family found".</summary>
    public Task<string> ResultsHeadingAsync() => page.GetByRole(AriaRole.Heading, new() { Level = 2 }).InnerTextAsync();

    public Task<IReadOnlyList<string>> FamiliesAsync() => FamilyTable.NamesAsync(page);

    public Task<IReadOnlyList<string>> ReferencesAsync() => FamilyTable.ReferencesAsync(page);

    public async Task<FamilyFilePage> OpenFamilyAsync(string reference) =>
        await FamilyFilePage.FollowAsync(page, page.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true }));
}
