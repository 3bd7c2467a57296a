using Confide.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Confide.Browser.Tests.Pages;

/// <summary>/access/reviews: the safeguarding lead's break-glass alerts and the reviews owed afterwards.</summary>
public sealed class ReviewsPage(IPage page)
{
    public const string NoneWaiting = "No break-glass access is waiting for review.";

    public static async Task<ReviewsPage> OpenAsync(IPage page)
    {
        (await Navigation.GotoAsync(page, "/access/reviews")).Status.ShouldBe(200);
        return await ArrivedAsync(page);
    }

    public static async Task<ReviewsPage> ArrivedAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Heading, new() { Name = "Break-glass reviews", Level = 1 }).WaitForAsync();
        await Accessibility.CheckAsync(page);
        return new ReviewsPage(page);
    }

    /// <summary>The new alerts, as listed ("Glass broken on family F-000005 at …").</summary>
    public async Task<IReadOnlyList<string>> AlertsAsync() =>
        await page.Locator("#alerts").CountAsync() == 0 ? [] : await page.Locator("#alerts > li").AllInnerTextsAsync();

    /// <summary>The reviews waiting, each card's text: who opened which family, when and the reason given.</summary>
    public Task<IReadOnlyList<string>> ReviewsAsync() => page.Locator(".govuk-summary-card").AllInnerTextsAsync();

    public Task<string> ContentAsync() => page.Locator("main").InnerTextAsync();

    public async Task<IResponse> OpenRecordOfAccessAsync(string reference) =>
        await Navigation.FollowAsync(page, Card(reference).GetByRole(AriaRole.Link, new() { Name = "Record of access" }));

    /// <summary>Marks the review of the break-glass on <paramref name="reference"/> "Justified" or "Not justified".</summary>
    public async Task MarkAsync(string reference, string outcome)
    {
        (await Navigation.FollowAsync(page, Card(reference).GetByRole(AriaRole.Button, new() { Name = outcome, Exact = true }))).Status.ShouldBe(200);
        await ArrivedAsync(page);
    }

    public async Task MarkAlertSeenAsync(string reference)
    {
        var alert = page.Locator("#alerts > li").Filter(new() { HasText = reference });
        (await Navigation.FollowAsync(page, alert.GetByRole(AriaRole.Button, new() { Name = "Mark as seen" }))).Status.ShouldBe(200);
        await ArrivedAsync(page);
    }

    private ILocator Card(string reference) => page.Locator(".govuk-summary-card").Filter(new() { HasText = $"opened family {reference}" });
}
