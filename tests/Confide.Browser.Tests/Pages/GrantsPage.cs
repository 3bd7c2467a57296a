using Confide.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Confide.Browser.Tests.Pages;

/// <summary>/access/grants: managers issue and revoke time-limited grants; coordinators attest presence for auditors.</summary>
public sealed class GrantsPage(IPage page)
{
    public sealed record Grant(string Kind, string For, IReadOnlyList<string> References, DateOnly FirstDay, DateOnly LastDay, string Purpose);

    /// <summary>One grant as listed: for whom, the kind, its files, its days, purpose and status.</summary>
    public sealed record Listed(string For, string Kind, string Files, string When, string Purpose, string Status);

    public static async Task<GrantsPage> OpenAsync(IPage page)
    {
        (await Navigation.GotoAsync(page, "/access/grants")).Status.ShouldBe(200);
        return await ArrivedAsync(page);
    }

    public static async Task<GrantsPage> ArrivedAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Heading, new() { Name = "Access grants", Level = 1 }).WaitForAsync();
        await Accessibility.CheckAsync(page);
        return new GrantsPage(page);
    }

    public async Task<IReadOnlyList<Listed>> GrantsAsync() =>
        (await TableRows.ReadAsync(page.Locator("#grants"))).Select(c => new Listed(c[0], c[1], c[2], c[3], c[4], c[5])).ToList();

    /// <summary>The success banner's message, such as "The grant is issued."; empty when there is none.</summary>
    public async Task<string> DoneAsync()
    {
        var banner = page.Locator(".govuk-notification-banner__heading");
        return await banner.CountAsync() == 0 ? "" : (await banner.InnerTextAsync()).Trim();
    }

    public async Task IssueAsync(Grant grant)
    {
        (await SubmitAsync(grant)).Status.ShouldBe(200);
        await ArrivedAsync(page);
    }

    /// <summary>Sends the form expecting a problem; returns the error summary's text.</summary>
    public async Task<string> IssueExpectingProblemAsync(Grant grant)
    {
        (await SubmitAsync(grant)).Status.ShouldBe(400);
        await ArrivedAsync(page);
        return await page.GetByRole(AriaRole.Alert).InnerTextAsync();
    }

    /// <summary>Revokes the (only) live grant for <paramref name="grantee"/>.</summary>
    public async Task RevokeAsync(string grantee)
    {
        var button = page.GetByRole(AriaRole.Button, new() { Name = $"Revoke the grant for {grantee}", Exact = true });
        (await Navigation.FollowAsync(page, button)).Status.ShouldBe(200);
        await ArrivedAsync(page);
    }

    /// <summary>A coordinator attests they are present while the auditor reads the files of the (only) auditor grant.</summary>
    public async Task AttestPresenceAsync()
    {
        (await Navigation.FollowAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "I am present", Exact = true }))).Status.ShouldBe(200);
        await ArrivedAsync(page);
    }

    private async Task<IResponse> SubmitAsync(Grant grant)
    {
        ArgumentNullException.ThrowIfNull(grant);
        await page.GetByLabel(grant.Kind, new() { Exact = true }).CheckAsync();
        await Forms.ChooseAsync(page.GetByLabel("For", new() { Exact = true }), grant.For);
        await page.GetByLabel("Family references").FillAsync(string.Join("\n", grant.References));
        await page.GetByLabel("First day").FillAsync(Forms.Iso(grant.FirstDay));
        await page.GetByLabel("Last day").FillAsync(Forms.Iso(grant.LastDay));
        await page.GetByLabel("Purpose", new() { Exact = true }).FillAsync(grant.Purpose);
        return await Navigation.FollowAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Issue the grant" }));
    }
}
