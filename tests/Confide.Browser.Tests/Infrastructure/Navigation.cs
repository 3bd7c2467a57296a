using Microsoft.Playwright;

namespace Confide.Browser.Tests.Infrastructure;

/// <summary>Following a link or sending a form, and waiting for the page it lands on, with JavaScript on or off.</summary>
public static class Navigation
{
    public static async Task<IResponse> GotoAsync(IPage page, string path)
    {
        ArgumentNullException.ThrowIfNull(page);
        var response = await page.GotoAsync(path) ?? throw new InvalidOperationException($"{path} gave no response");
        return response;
    }

    /// <summary>Clicks <paramref name="target"/> and returns the response of the page it ends on, after any redirect.</summary>
    public static async Task<IResponse> FollowAsync(IPage page, ILocator target)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(target);
        var response = await page.RunAndWaitForResponseAsync(() => target.ClickAsync(),
            r => r.Request.IsNavigationRequest && r.Request.Frame == page.MainFrame && r.Status is < 300 or >= 400);
        // Generous: on two busy cores a page's load event has been seen to take longer than the 15 s default.
        await page.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = 45_000 });
        return response;
    }
}
