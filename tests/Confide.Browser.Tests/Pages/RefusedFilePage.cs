using Confide.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Confide.Browser.Tests.Pages;

/// <summary>/families/{id} refused (403): "You cannot open this file", why, and break-glass where it might help.</summary>
public sealed class RefusedFilePage(IPage page)
{
    /// <summary>Visits the file by its address expecting the refusal.</summary>
    public static async Task<RefusedFilePage> VisitAsync(IPage page, Core.Families.FamilyId family)
    {
        (await FamilyFilePage.VisitAsync(page, family)).Status.ShouldBe(403);
        return await ArrivedAsync(page);
    }

    public static async Task<RefusedFilePage> ArrivedAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Heading, new() { Name = "You cannot open this file", Level = 1 }).WaitForAsync();
        await Accessibility.CheckAsync(page);
        return new RefusedFilePage(page);
    }

    public Task<string> ExplanationAsync() => page.Locator("#refusal-explanation").InnerTextAsync();

    public Task<string> ContentAsync() => page.Locator("main").InnerTextAsync();

    private ILocator BreakGlassLink => page.GetByRole(AriaRole.Link, new() { Name = "Break the glass", Exact = true });

    public async Task<bool> OffersBreakGlassAsync() => await BreakGlassLink.CountAsync() == 1;

    public async Task<BreakGlassPage> BreakGlassAsync()
    {
        (await Navigation.FollowAsync(page, BreakGlassLink)).Status.ShouldBe(200);
        return await BreakGlassPage.ArrivedAsync(page);
    }
}
