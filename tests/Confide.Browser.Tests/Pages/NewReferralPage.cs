using Confide.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Confide.Browser.Tests.Pages;

/// <summary>/families/new: a coordinator records a referral, which opens a family file.</summary>
public sealed class NewReferralPage(IPage page)
{
    public sealed record Referral(
        string Referrer, DateOnly ReferredOn, string Reason, string Address, string Postcode,
        string AdultGivenName, string FamilyName, string ChildGivenName, DateOnly ChildBornOn, bool FamilyConsented);

    public static async Task<NewReferralPage> OpenAsync(IPage page)
    {
        (await Navigation.GotoAsync(page, "/families/new")).Status.ShouldBe(200);
        await Accessibility.CheckAsync(page);
        return new NewReferralPage(page);
    }

    public async Task FillAsync(Referral referral)
    {
        ArgumentNullException.ThrowIfNull(referral);
        await page.GetByLabel("Who referred the family").FillAsync(referral.Referrer);
        await page.GetByLabel("Date of referral").FillAsync(Iso(referral.ReferredOn));
        await page.GetByLabel("Reason for the referral").FillAsync(referral.Reason);
        await page.GetByLabel("The family consented to being referred").SetCheckedAsync(referral.FamilyConsented);
        await page.GetByLabel("Address").FillAsync(referral.Address);
        await page.GetByLabel("Postcode").FillAsync(referral.Postcode);
        var adult = page.GetByRole(AriaRole.Group, new() { Name = "Adult 1", Exact = true });
        await adult.GetByLabel("Given name").FillAsync(referral.AdultGivenName);
        await adult.GetByLabel("Family name").FillAsync(referral.FamilyName);
        var child = page.GetByRole(AriaRole.Group, new() { Name = "Child 1 (optional)", Exact = true });
        await child.GetByLabel("Given name").FillAsync(referral.ChildGivenName);
        await child.GetByLabel("Family name").FillAsync(referral.FamilyName);
        await child.GetByLabel("Date of birth").FillAsync(Iso(referral.ChildBornOn));
    }

    /// <summary>Records the referral; the family's file opens when it is accepted.</summary>
    public async Task<FamilyFilePage> RecordAsync()
    {
        (await SubmitAsync()).Status.ShouldBe(200);
        return await FamilyFilePage.ArrivedAsync(page);
    }

    /// <summary>Sends the form expecting it to be refused; returns the error summary's text.</summary>
    public async Task<string> RecordExpectingProblemAsync()
    {
        (await SubmitAsync()).Status.ShouldBe(400);
        await Accessibility.CheckAsync(page);
        return await page.GetByRole(AriaRole.Alert).InnerTextAsync();
    }

    private Task<IResponse> SubmitAsync() =>
        Navigation.FollowAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Record referral and open the file" }));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
