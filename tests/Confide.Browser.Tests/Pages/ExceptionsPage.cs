using Confide.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Confide.Browser.Tests.Pages;

/// <summary>/access/exceptions: the trustees' report of refusals, break-glass, openings without a reason and out-of-hours access.</summary>
public sealed class ExceptionsPage(IPage page)
{
    public sealed record Row(string When, string Who, string What, string WhyHere, string Rule);

    public static async Task<ExceptionsPage> ArrivedAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Heading, new() { Name = "Access exception report", Level = 1 }).WaitForAsync();
        await Accessibility.CheckAsync(page);
        return new ExceptionsPage(page);
    }

    /// <summary>Runs the report for the days from <paramref name="from"/> to <paramref name="to"/> and returns the response.</summary>
    public async Task<IResponse> RunAsync(DateOnly from, DateOnly to)
    {
        await page.GetByLabel("From", new() { Exact = true }).FillAsync(Forms.Iso(from));
        await page.GetByLabel("To", new() { Exact = true }).FillAsync(Forms.Iso(to));
        var response = await Navigation.FollowAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Run the report" }));
        await ArrivedAsync(page);
        return response;
    }

    public async Task<IReadOnlyList<Row>> RowsAsync() =>
        (await TableRows.ReadAsync(page.Locator("#exceptions"))).Select(c => new Row(c[0], c[1], c[2], c[3], c[4])).ToList();

    public Task<string> CountAsync() => page.Locator("#exception-count").InnerTextAsync();

    public Task<string> ContentAsync() => page.Locator("main").InnerTextAsync();

    public Task<string> ProblemAsync() => page.GetByRole(AriaRole.Alert).InnerTextAsync();
}
