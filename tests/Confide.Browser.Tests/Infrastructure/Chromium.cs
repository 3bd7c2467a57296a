using Microsoft.Playwright;

namespace Confide.Browser.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright; Playwright's own browser downloads are never used. One browser per test
/// class; each journey gets its own context, so cookies and headers never leak between people.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        File.Exists(ExecutablePath).ShouldBeTrue($"{ExecutablePath} is missing: install the Debian package 'chromium' (scripts/test.sh does)");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--no-first-run"],
        });
    }

    /// <summary>
    /// A page signed in with <paramref name="headers"/>. CSP is bypassed only so the accessibility check can inject
    /// axe-core; the app's own pages load no script of their own that CSP would otherwise decide on.
    /// </summary>
    public async Task<IPage> NewPageAsync(Uri baseAddress, IEnumerable<KeyValuePair<string, string>> headers, bool javaScript = true)
    {
        var page = await NewContextPageAsync(baseAddress, headers, javaScript);
        if (!javaScript)
        {
            Accessibility.CheckThrough(page, await NewContextPageAsync(baseAddress, headers, javaScript: true));
        }

        return page;
    }

    private async Task<IPage> NewContextPageAsync(Uri baseAddress, IEnumerable<KeyValuePair<string, string>> headers, bool javaScript)
    {
        var context = await _browser!.NewContextAsync(new()
        {
            BaseURL = baseAddress.ToString(),
            ExtraHTTPHeaders = headers,
            JavaScriptEnabled = javaScript,
            BypassCSP = true,
            Locale = "en-GB",
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
