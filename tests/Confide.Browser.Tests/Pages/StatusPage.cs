using Confide.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Confide.Browser.Tests.Pages;

/// <summary>The service's page for a response with no page of its own (403, 500 …): "Sorry, there is a problem".</summary>
public static class StatusPage
{
    /// <summary>Visits <paramref name="path"/> expecting <paramref name="status"/> and the service's own page; returns its main text.</summary>
    public static async Task<string> VisitAsync(IPage page, string path, int status)
    {
        (await Navigation.GotoAsync(page, path)).Status.ShouldBe(status);
        await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).WaitForAsync();
        await Accessibility.CheckAsync(page);
        return await page.Locator("main").InnerTextAsync();
    }
}
