using Microsoft.Playwright;

namespace Confide.Browser.Tests.Pages;

/// <summary>The table of families that the caseload and search pages share.</summary>
internal static class FamilyTable
{
    public static Task<IReadOnlyList<string>> NamesAsync(IPage page) => ColumnAsync(page, 2);

    public static Task<IReadOnlyList<string>> ReferencesAsync(IPage page) => ColumnAsync(page, 1);

    private static async Task<IReadOnlyList<string>> ColumnAsync(IPage page, int column)
    {
        var table = page.GetByRole(AriaRole.Table);
        if (await table.CountAsync() == 0)
        {
            return [];
        }

        // The first column is the reference that links to the file, the second the family's name.
        return await table.Locator($"tbody tr td:nth-child({column})").AllInnerTextsAsync();
    }
}
