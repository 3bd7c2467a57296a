using Confide.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Confide.Browser.Tests.Pages;

/// <summary>/families/{id}/who-can-see: who may open the file now and why, and "why can this person see it?".</summary>
public sealed class WhoCanSeePage(IPage page)
{
    public sealed record Person(string Name, string Why, string Sees, string Rule);

    public static async Task<WhoCanSeePage> ArrivedAsync(IPage page)
    {
        page.Url.ShouldContain("/who-can-see");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Who can see this file", Level = 1 }).WaitForAsync();
        await Accessibility.CheckAsync(page);
        return new WhoCanSeePage(page);
    }

    public async Task<IReadOnlyList<Person>> PeopleAsync() =>
        (await TableRows.ReadAsync(page.Locator("#who-can-see"))).Select(c => new Person(c[0], c[1], c[2], c[3])).ToList();

    /// <summary>Asks why <paramref name="name"/> can or cannot see the file; returns the answer as shown.</summary>
    public async Task<string> WhyCanAsync(string name)
    {
        await Forms.ChooseAsync(page.GetByLabel("Person", new() { Exact = true }), name);
        (await Navigation.FollowAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Explain" }))).Status.ShouldBe(200);
        await ArrivedAsync(page);
        return await page.Locator("#why").InnerTextAsync();
    }
}
