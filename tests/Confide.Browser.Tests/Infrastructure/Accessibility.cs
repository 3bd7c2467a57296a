using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Playwright;

namespace Confide.Browser.Tests.Infrastructure;

/// <summary>Runs axe-core (vendored under axe/, MPL-2.0) on the page as it stands and fails on serious or critical findings.</summary>
public static class Accessibility
{
    private static readonly ConditionalWeakTable<IPage, IPage> Checkers = [];

    private static readonly Lazy<string> Axe = new(() =>
    {
        using var stream = typeof(Accessibility).Assembly.GetManifestResourceStream("axe.min.js")
            ?? throw new InvalidOperationException("axe.min.js is not embedded in the test assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>
    /// axe-core cannot run in a page with JavaScript turned off, so such a page is checked through a companion page
    /// with JavaScript on, shown the very same HTML at the same address (its stylesheets load from the app as usual).
    /// </summary>
    public static void CheckThrough(IPage page, IPage checker) => Checkers.AddOrUpdate(page, checker);

    public static async Task CheckAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var checkedPage = page;
        if (Checkers.TryGetValue(page, out var checker))
        {
            var (url, html) = (page.Url, await page.ContentAsync());
            await checker.RouteAsync(url, route => route.FulfillAsync(new() { Status = 200, ContentType = "text/html; charset=utf-8", Body = html }));
            await checker.GotoAsync(url);
            await checker.UnrouteAllAsync();
            checkedPage = checker;
        }

        await checkedPage.AddScriptTagAsync(new() { Content = Axe.Value });
        var json = await checkedPage.EvaluateAsync<JsonElement>(
            """
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')) }));
            }
            """);
        var findings = json.EnumerateArray()
            .Select(v => $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}: {v.GetProperty("help").GetString()}) at "
                + string.Join(", ", v.GetProperty("targets").EnumerateArray().Select(t => t.GetString())))
            .ToList();
        findings.ShouldBeEmpty($"axe-core found serious or critical problems on {page.Url}:\n" + string.Join("\n", findings));
    }
}
