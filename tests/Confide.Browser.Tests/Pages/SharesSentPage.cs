using Confide.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Confide.Browser.Tests.Pages;

/// <summary>A family's "Shares sent" page: each share's recipient, dates, views and status, with Revoke.</summary>
public sealed class SharesSentPage(IPage page)
{
    /// <summary>Follows the family file's "Shares sent" link.</summary>
    public static async Task<SharesSentPage> FollowAsync(IPage page)
    {
        (await Navigation.FollowAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Shares sent" }))).Status.ShouldBe(200);
        await Accessibility.CheckAsync(page);
        return new SharesSentPage(page);
    }

    public Task<string> RowAsync(Guid shareId) => page.Locator($"tr[data-share-id='{shareId}']").InnerTextAsync();

    public Task<string> StatusAsync(Guid shareId) => page.Locator($"tr[data-share-id='{shareId}'] .share-status").InnerTextAsync();

    public async Task RevokeAsync(Guid shareId)
    {
        (await Navigation.FollowAsync(page, page.Locator($"tr[data-share-id='{shareId}']").GetByRole(AriaRole.Button, new() { Name = "Revoke" })))
            .Status.ShouldBe(200);
        await Accessibility.CheckAsync(page);
    }
}
