using Confide.Browser.Tests.Infrastructure;
using Confide.Core.Families;
using Microsoft.Playwright;

namespace Confide.Browser.Tests.Pages;

/// <summary>/families/{id}: one family's file, in the view the access policy gives the signed-in person.</summary>
public sealed class FamilyFilePage(IPage page)
{
    public static async Task<FamilyFilePage> OpenAsync(IPage page, FamilyId family)
    {
        (await Navigation.GotoAsync(page, Path(family))).Status.ShouldBe(200);
        return await ArrivedAsync(page);
    }

    /// <summary>Visits the file as a person may try to by its address, and returns what came back: 404 when refused.</summary>
    public static async Task<IResponse> VisitAsync(IPage page, FamilyId family) => await Navigation.GotoAsync(page, Path(family));

    public static async Task<FamilyFilePage> FollowAsync(IPage page, ILocator link)
    {
        (await Navigation.FollowAsync(page, link)).Status.ShouldBe(200);
        return await ArrivedAsync(page);
    }

    public Task<string> FamilyNameAsync() => page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();

    public Task<string> HouseholdAsync() => page.Locator("main dl").InnerTextAsync();

    /// <summary>Everything the page shows in its main content, for checking what is and is not there.</summary>
    public Task<string> ContentAsync() => page.Locator("main").InnerTextAsync();

    public async Task<bool> ShowsVolunteerViewAsync() =>
        await page.GetByText("You see the volunteer view", new() { Exact = false }).CountAsync() == 1;

    /// <summary>"You can see this file because: …", with the rule's explanation.</summary>
    public Task<string> AccessBasisAsync() => page.Locator("#access-basis").InnerTextAsync();

    public async Task<bool> ShowsBreakGlassWarningAsync() =>
        await page.GetByText("You opened this file by breaking the glass", new() { Exact = false }).CountAsync() == 1;

    /// <summary>Whether the page says health, ethnicity and religion are hidden from this view.</summary>
    public async Task<bool> ShowsSpecialCategoryMaskedAsync() => await page.Locator("#special-category-masked").CountAsync() == 1;

    public async Task<RecordOfAccessPage> OpenRecordOfAccessAsync()
    {
        (await Navigation.FollowAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Record of access", Exact = true }))).Status.ShouldBe(200);
        return await RecordOfAccessPage.ArrivedAsync(page);
    }

    public async Task<WhoCanSeePage> OpenWhoCanSeeAsync()
    {
        (await Navigation.FollowAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Who can see this file", Exact = true }))).Status.ShouldBe(200);
        return await WhoCanSeePage.ArrivedAsync(page);
    }

    public Task<IReadOnlyList<string>> NotesAsync() => page.Locator(".confide-note").AllInnerTextsAsync();

    /// <summary>The date the note form offers, as the date field holds it (yyyy-MM-dd).</summary>
    public Task<string> ContactDateAsync() => page.GetByLabel("Date of contact").InputValueAsync();

    public async Task WriteNoteAsync(string text)
    {
        await page.GetByLabel("Note", new() { Exact = true }).FillAsync(text);
        await SubmitAsync("Save draft note");
    }

    public Task FinaliseNoteAsync() => SubmitAsync("Finalise and sign this note");

    private async Task SubmitAsync(string button)
    {
        (await Navigation.FollowAsync(page, page.GetByRole(AriaRole.Button, new() { Name = button }))).Status.ShouldBe(200);
        await ArrivedAsync(page);
    }

    private static string Path(FamilyId family) => $"/families/{family}";

    /// <summary>The file as the browser shows it now, after a form or link brought the person here.</summary>
    public static async Task<FamilyFilePage> ArrivedAsync(IPage page)
    {
        await page.GetByText("Family file", new() { Exact = false }).First.WaitForAsync();
        await Accessibility.CheckAsync(page);
        return new FamilyFilePage(page);
    }
}
