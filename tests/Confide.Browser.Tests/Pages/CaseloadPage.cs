using Confide.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Confide.Browser.Tests.Pages;

/// <summary>/caseload: the families assigned or matched to the signed-in person.</summary>
public sealed class CaseloadPage(IPage page)
{
    public static async Task<CaseloadPage> OpenAsync(IPage page)
    {
        (await Navigation.GotoAsync(page, "/caseload")).Status.ShouldBe(200);
        return await ArrivedAsync(page);
    }

    public static async Task<CaseloadPage> ArrivedAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Heading, new() { Name = "Your caseload", Level = 1 }).WaitForAsync();
        await Accessibility.CheckAsync(page);
        return new CaseloadPage(page);
    }

    /// <summary>The "Family" column of the caseload table, as shown; empty when the page says there are none.</summary>
    public Task<IReadOnlyList<string>> FamiliesAsync() => FamilyTable.NamesAsync(page);

    public Task<IReadOnlyList<string>> ReferencesAsync() => FamilyTable.ReferencesAsync(page);

    /// <summary>Follows a family's link where the organisation asks a reason first: the reason form, not yet the file.</summary>
    public async Task<ReasonPage> ChooseFamilyAsync(string reference)
    {
        (await Navigation.FollowAsync(page, page.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true }))).Status.ShouldBe(200);
        return await ReasonPage.ArrivedAsync(page);
    }

    public async Task<FamilyFilePage> OpenFamilyAsync(string reference) =>
        await FamilyFilePage.FollowAsync(page, page.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true }));
}
