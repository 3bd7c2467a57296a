using Confide.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Confide.Browser.Tests.Pages;

/// <summary>The header's main navigation, whose links depend on the signed-in person's roles.</summary>
public sealed class Header(IPage page)
{
    private ILocator Main => page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });

    public Task<IReadOnlyList<string>> LinksAsync() => Main.GetByRole(AriaRole.Link).AllInnerTextsAsync();

    /// <summary>Follows the header link named <paramref name="name"/>; the page it lands on is the caller's to check.</summary>
    public Task<IResponse> FollowAsync(string name) =>
        Navigation.FollowAsync(page, Main.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }));
}
