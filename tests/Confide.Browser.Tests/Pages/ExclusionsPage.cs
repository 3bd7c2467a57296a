using Confide.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Confide.Browser.Tests.Pages;

/// <summary>/access/exclusions: declared conflicts of interest, declaring one and lifting it.</summary>
public sealed class ExclusionsPage(IPage page)
{
    public sealed record Listed(string Person, string KeptOutOf, string Declared, string Status);

    public static async Task<ExclusionsPage> OpenAsync(IPage page)
    {
        (await Navigation.GotoAsync(page, "/access/exclusions")).Status.ShouldBe(200);
        return await ArrivedAsync(page);
    }

    public static async Task<ExclusionsPage> ArrivedAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Heading, new() { Name = "Conflicts of interest", Level = 1 }).WaitForAsync();
        await Accessibility.CheckAsync(page);
        return new ExclusionsPage(page);
    }

    public async Task<IReadOnlyList<Listed>> ExclusionsAsync() =>
        (await TableRows.ReadAsync(page.Locator("#exclusions"))).Select(c => new Listed(c[0], c[1], c[2], c[3])).ToList();

    public async Task DeclareFamilyConflictAsync(string person, string reference)
    {
        (await DeclareAsync(person, "A family (give its reference)", reference)).Status.ShouldBe(200);
        await ArrivedAsync(page);
    }

    /// <summary>Declares a conflict with a family expecting a problem; returns the error summary's text.</summary>
    public async Task<string> DeclareFamilyConflictExpectingProblemAsync(string person, string reference)
    {
        (await DeclareAsync(person, "A family (give its reference)", reference)).Status.ShouldBe(400);
        await ArrivedAsync(page);
        return await page.GetByRole(AriaRole.Alert).InnerTextAsync();
    }

    public async Task LiftAsync(string person)
    {
        var button = page.GetByRole(AriaRole.Button, new() { Name = $"Lift the exclusion of {person}", Exact = true });
        (await Navigation.FollowAsync(page, button)).Status.ShouldBe(200);
        await ArrivedAsync(page);
    }

    private async Task<IResponse> DeclareAsync(string person, string target, string reference)
    {
        await Forms.ChooseAsync(page.GetByLabel("Person with the conflict"), person);
        await page.GetByLabel(target, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Family reference").FillAsync(reference);
        return await Navigation.FollowAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Declare the conflict" }));
    }
}
