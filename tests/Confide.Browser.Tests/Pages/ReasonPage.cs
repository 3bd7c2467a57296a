using Confide.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Confide.Browser.Tests.Pages;

/// <summary>/families/{id}/reason and /staff/{id}/reason: the reason the organisation's profile asks for before a file opens.</summary>
public sealed class ReasonPage(IPage page)
{
    public const string CaseWork = "Supporting the family (visit, call, note)";
    public const string Safeguarding = "A safeguarding concern";
    public const string SpotCheck = "Trustee spot-check";
    public const string Supervision = "Supervision";

    /// <summary>The reason form as the browser shows it now, after the app sent the person here instead of the file.</summary>
    public static async Task<ReasonPage> ArrivedAsync(IPage page)
    {
        page.Url.ShouldEndWith("/reason");
        await page.GetByRole(AriaRole.Group, new() { Name = "Why are you opening this file?" }).WaitForAsync();
        await Accessibility.CheckAsync(page);
        return new ReasonPage(page);
    }

    /// <summary>Gives the reason; the file (family or personnel) opens, and is the caller's to check.</summary>
    public async Task<IResponse> GiveAsync(string purpose, string? detail = null)
    {
        await page.GetByLabel(purpose, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("More detail (optional)").FillAsync(detail ?? "");
        var response = await Navigation.FollowAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Open the" }));
        return response;
    }

    /// <summary>Gives the reason for a family file and returns the file it opens.</summary>
    public async Task<FamilyFilePage> OpenFamilyFileAsync(string purpose, string? detail = null)
    {
        (await GiveAsync(purpose, detail)).Status.ShouldBe(200);
        return await FamilyFilePage.ArrivedAsync(page);
    }

    /// <summary>Sends the form expecting a problem; returns the error summary's text.</summary>
    public async Task<string> GiveExpectingProblemAsync(string? purpose, string? detail = null)
    {
        if (purpose is not null)
        {
            await page.GetByLabel(purpose, new() { Exact = true }).CheckAsync();
        }

        await page.GetByLabel("More detail (optional)").FillAsync(detail ?? "");
        (await Navigation.FollowAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Open the" }))).Status.ShouldBe(400);
        await Accessibility.CheckAsync(page);
        return await page.GetByRole(AriaRole.Alert).InnerTextAsync();
    }
}
