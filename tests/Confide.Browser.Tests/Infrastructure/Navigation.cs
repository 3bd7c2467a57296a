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
        // The document must be there. Its load event (styles, scripts, fonts) is waited for generously, but on two
        // busy cores it has twice not fired within 45 s in a whole-suite run while the page itself was complete
        // (the same page passes alone): the checks that follow read the DOM, so a late load event is not a failure.
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded, new() { Timeout = 45_000 });
        try
        {
            await page.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = 45_000 });
        }
        catch (TimeoutException)
        {
            Console.Error.WriteLine($"Note: the load event of {page.Url} had not fired after 45 s; going on with the loaded document.");
        }

        return response;
    }
}
