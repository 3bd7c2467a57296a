using Confide.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Confide.Browser.Tests.Pages;

/// <summary>The service's own "Page not found" (404), which says nothing of whether what was asked for exists.</summary>
public static class NotFoundPage
{
    /// <summary>Visits <paramref name="path"/> expecting "Page not found"; returns the page's main text.</summary>
    public static async Task<string> VisitAsync(IPage page, string path)
    {
        (await Navigation.GotoAsync(page, path)).Status.ShouldBe(404);
        await page.GetByRole(AriaRole.Heading, new() { Name = "Page not found", Level = 1 }).WaitForAsync();
        await Accessibility.CheckAsync(page);
        return await page.Locator("main").InnerTextAsync();
    }
}
