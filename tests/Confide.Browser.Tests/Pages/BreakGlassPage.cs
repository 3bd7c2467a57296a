using Confide.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Confide.Browser.Tests.Pages;

/// <summary>/families/{id}/break-glass: emergency access with a reason in words.</summary>
public sealed class BreakGlassPage(IPage page)
{
    public static async Task<BreakGlassPage> ArrivedAsync(IPage page)
    {
        page.Url.ShouldEndWith("/break-glass");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Break the glass", Level = 1 }).WaitForAsync();
        await Accessibility.CheckAsync(page);
        return new BreakGlassPage(page);
    }

    /// <summary>Breaks the glass; the file opens with the break-glass warning.</summary>
    public async Task<FamilyFilePage> BreakAsync(string why)
    {
        (await SubmitAsync(why)).Status.ShouldBe(200);
        return await FamilyFilePage.ArrivedAsync(page);
    }

    /// <summary>Sends the form expecting it to be refused with <paramref name="status"/>; returns the alert's text.</summary>
    public async Task<string> BreakExpectingProblemAsync(string why, int status)
    {
        (await SubmitAsync(why)).Status.ShouldBe(status);
        await Accessibility.CheckAsync(page);
        return string.Join("\n", await page.GetByRole(AriaRole.Alert).AllInnerTextsAsync());
    }

    private async Task<IResponse> SubmitAsync(string why)
    {
        await page.GetByLabel("Why is this an emergency?").FillAsync(why);
        return await Navigation.FollowAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Break the glass and open the file" }));
    }
}
