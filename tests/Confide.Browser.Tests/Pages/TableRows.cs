using Microsoft.Playwright;

namespace Confide.Browser.Tests.Pages;

/// <summary>The body rows of a table as a person reads them: one list of cell texts per row, none when there is no table.</summary>
internal static class TableRows
{
    public static async Task<IReadOnlyList<IReadOnlyList<string>>> ReadAsync(ILocator table)
    {
        if (await table.CountAsync() == 0)
        {
            return [];
        }

        var rows = table.Locator("tbody tr");
        var result = new List<IReadOnlyList<string>>();
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            var cells = await rows.Nth(i).Locator("td").AllInnerTextsAsync();
            result.Add(cells.Select(c => c.Trim()).ToList());
        }

        return result;
    }
}
