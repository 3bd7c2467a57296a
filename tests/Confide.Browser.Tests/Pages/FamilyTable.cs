using Microsoft.Playwright;

namespace Confide.Browser.Tests.Pages;

/// <summary>The table of families that the caseload and search pages share.</summary>
internal static class FamilyTable
{
    public static async Task<IReadOnlyList<string>> NamesAsync(IPage page)
    {
        var table = page.GetByRole(AriaRole.Table);
        if (await table.CountAsync() == 0)
        {
            return [];
        }

        // The second column is the family's name; the first is the reference that links to the file.
        return await table.Locator("tbody tr td:nth-child(2)").AllInnerTextsAsync();
    }
}
