using Microsoft.Playwright;

namespace Confide.Browser.Tests.Pages;

/// <summary>Form controls whose options carry more than the name a person looks for.</summary>
internal static class Forms
{
    /// <summary>Chooses the option of <paramref name="select"/> whose text starts with <paramref name="name"/>, such as "Demo Trustee" in "Demo Trustee (trustee)".</summary>
    public static async Task ChooseAsync(ILocator select, string name)
    {
        var options = await select.Locator("option").AllInnerTextsAsync();
        var matching = options.Where(o => o.Trim().StartsWith(name, StringComparison.Ordinal)).ToList();
        matching.Count.ShouldBe(1, $"exactly one option should start with \"{name}\"; the options are {string.Join(" | ", options)}");
        await select.SelectOptionAsync(new SelectOptionValue { Label = matching[0].Trim() });
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
