using System.Net;
using System.Text.RegularExpressions;
using Confide.Core.Staff;
using Confide.Data.Records;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using Confide.Web.Features.Account;
using Confide.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Web.Tests.Account;

public sealed partial class TwoFactorTests
{
    private static readonly string CodeNotRight = System.Text.Encodings.Web.HtmlEncoder.Default.Encode(TwoFactorModel.NotRight);

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task CoordinatorOutsideDemo_WithoutTwoFactor_IsSentToEnrolmentFromEveryPageUntilEnrolled(DatabaseProvider provider)
    {
        await using var factory = await ConfideWebFactory.CreateAsync(provider);
        var email = await factory.AddAccountAsync(Role.Coordinator);
        using var browser = new BrowserSession(factory);

        (await browser.SignInAsync(email, AccountFixtures.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        foreach (var path in new[] { "/", "/account", "/account/password" })
        {
            (await browser.GetAsync(path)).Headers.Location!.OriginalString.ShouldBe("/account/two-factor/enrol");
        }

        var enrolled = await EnrolAsync(browser);

        enrolled.ShouldContain("Two-factor sign-in is on");
        RecoveryCodes(enrolled).Count.ShouldBe(10);
        (await browser.GetPageAsync("/account")).ShouldContain("<p id=\"two-factor-status\">On.</p>");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Administrator_WithoutTwoFactor_IsNotSentToEnrolment(DatabaseProvider provider)
    {
        await using var factory = await ConfideWebFactory.CreateAsync(provider);
        var email = await factory.AddAccountAsync(Role.Administrator);
        using var browser = new BrowserSession(factory);

        await browser.SignInAsync(email, AccountFixtures.Password);

        (await browser.GetAsync("/account")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task SecondStep_CodeAlreadyUsed_IsRefusedAndTheNextCodeIsAccepted(DatabaseProvider provider)
    {
        await using var factory = await ConfideWebFactory.CreateAsync(provider);
        var email = await factory.AddAccountAsync(Role.Volunteer);
        using var browser = new BrowserSession(factory);
        await browser.SignInAsync(email, AccountFixtures.Password);
        var key = Key(await browser.GetPageAsync("/account/two-factor/enrol"));
        var step = Totp.StepNow();
        (await Submit(browser, "/account/two-factor/enrol", Totp.Code(key, step))).ShouldContain("Two-factor sign-in is on");
        await browser.SubmitAsync("/account/sign-out");

        var second = await browser.SignInAsync(email, AccountFixtures.Password);
        second.Headers.Location!.OriginalString.ShouldStartWith("/account/two-factor");
        (await browser.GetAsync("/account")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Submit(browser, "/account/two-factor", Totp.Code(key, step))).ShouldContain(CodeNotRight);
        (await browser.GetAsync("/account")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var next = await browser.SubmitAsync("/account/two-factor", ("Code", Totp.Code(key, step + 1)));

        next.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetAsync("/account")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task SecondStep_RecoveryCode_WorksOnceOnly(DatabaseProvider provider)
    {
        await using var factory = await ConfideWebFactory.CreateAsync(provider);
        var email = await factory.AddAccountAsync(Role.SafeguardingLead);
        using var browser = new BrowserSession(factory);
        await browser.SignInAsync(email, AccountFixtures.Password);
        var recovery = RecoveryCodes(await EnrolAsync(browser))[3];
        await browser.SubmitAsync("/account/sign-out");

        await browser.SignInAsync(email, AccountFixtures.Password);
        var first = await browser.SubmitAsync("/account/two-factor", ("Code", recovery.ToLowerInvariant()));
        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetAsync("/account")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await browser.SubmitAsync("/account/sign-out");

        await browser.SignInAsync(email, AccountFixtures.Password);
        var again = await browser.SubmitAsync("/account/two-factor", ("Code", recovery));

        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadAsStringAsync()).ShouldContain(CodeNotRight);
        (await browser.GetAsync("/account")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Enrolment_ShowsTheKeyAsAQrCodeImage_WithoutScript()
    {
        await using var factory = await ConfideWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        var email = await factory.AddAccountAsync(Role.Coordinator);
        using var browser = new BrowserSession(factory);
        await browser.SignInAsync(email, AccountFixtures.Password);

        var html = await browser.GetPageAsync("/account/two-factor/enrol");

        var png = System.Text.RegularExpressions.Regex.Match(html, "src=\"data:image/png;base64,([^\"]+)\"");
        png.Success.ShouldBeTrue("the enrolment page shows the QR code as an image");
        Convert.FromBase64String(System.Net.WebUtility.HtmlDecode(png.Groups[1].Value))[..8].ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        html.ShouldContain("alt=\"QR code of your authenticator key");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Enrolment_WrongCode_IsRefusedAndTwoFactorStaysOff(DatabaseProvider provider)
    {
        await using var factory = await ConfideWebFactory.CreateAsync(provider);
        var email = await factory.AddAccountAsync(Role.Coordinator);
        using var browser = new BrowserSession(factory);
        await browser.SignInAsync(email, AccountFixtures.Password);
        var key = Key(await browser.GetPageAsync("/account/two-factor/enrol"));
        var wrong = Totp.Code(key, Totp.StepNow() + 5);

        var html = await Submit(browser, "/account/two-factor/enrol", wrong);

        html.ShouldContain(System.Text.Encodings.Web.HtmlEncoder.Default.Encode(EnrolModel.NotRight));
        (await browser.GetAsync("/account")).Headers.Location!.OriginalString.ShouldBe("/account/two-factor/enrol");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Reset_EndsTheSessionAtTheNextRequestAndTheOldCodesNoLongerWork(DatabaseProvider provider)
    {
        await using var factory = await ConfideWebFactory.CreateAsync(provider);
        var email = await factory.AddAccountAsync(Role.Coordinator);
        using var browser = new BrowserSession(factory);
        await browser.SignInAsync(email, AccountFixtures.Password);
        var recovery = RecoveryCodes(await EnrolAsync(browser))[0];
        (await browser.GetAsync("/account")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await factory.ResetTwoFactorAsync(email);

        (await browser.GetAsync("/account")).Headers.Location!.AbsolutePath.ShouldBe("/account/sign-in");
        (await browser.SignInAsync(email, AccountFixtures.Password)).Headers.Location!.OriginalString.ShouldBe("/");
        (await browser.GetAsync("/account")).Headers.Location!.OriginalString.ShouldBe("/account/two-factor/enrol");
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();
        (await users.RedeemTwoFactorRecoveryCodeAsync((await users.FindByEmailAsync(email))!, recovery)).Succeeded.ShouldBeFalse();
    }

    internal static async Task<string> EnrolAsync(BrowserSession browser)
    {
        var page = await browser.GetPageAsync("/account/two-factor/enrol");
        page.ShouldContain("otpauth://totp/");
        return await Submit(browser, "/account/two-factor/enrol", Totp.Code(Key(page), Totp.StepNow()));
    }

    private static async Task<string> Submit(BrowserSession browser, string path, string code)
    {
        var response = await browser.SubmitAsync(path, ("Code", code));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    private static string Key(string html) => KeyPattern().Match(html).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);

    private static List<string> RecoveryCodes(string html) => RecoveryPattern().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("""<code id="key">([a-z2-7 ]+)</code>""")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("""<li><code>([A-Z0-9]{5}-[A-Z0-9]{5})</code></li>""")]
    private static partial Regex RecoveryPattern();
}
