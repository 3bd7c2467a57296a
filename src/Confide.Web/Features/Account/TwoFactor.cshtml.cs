using System.ComponentModel.DataAnnotations;
using Confide.Data.Records;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confide.Web.Features.Account;

/// <summary>Step two of signing in: a code from the authenticator app, or one of the account's recovery codes.</summary>
public sealed class TwoFactorModel(SignInManager<StaffAccount> signIn, ILogger<TwoFactorModel> logger) : PageModel
{
    public const string NotRight = "That code is not right, or it has been used already. Enter the code your authenticator app shows now, or an unused recovery code.";

    [BindProperty, Required(ErrorMessage = "Enter the code from your authenticator app, or a recovery code"), Display(Name = "Code")]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var digits = Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var isAppCode = digits.Length == 6 && digits.All(char.IsAsciiDigit);
        var result = isAppCode
            ? await signIn.TwoFactorAuthenticatorSignInAsync(digits, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(RecoveryCode(digits));
        if (result.Succeeded)
        {
            logger.SignedIn(user.Id, isAppCode ? "password and authenticator code" : "password and recovery code");
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        if (result.IsLockedOut)
        {
            logger.LockedOut(user.Id);
            ModelState.AddModelError("", SignInModel.Locked);
            return Page();
        }

        logger.SignInFailed(user.Id, isAppCode ? "wrong or reused authenticator code" : "wrong recovery code");
        ModelState.AddModelError("", NotRight);
        return Page();
    }

    // Identity's recovery codes look like "ABCDE-FGHJK"; accept them typed in any case, with or without the dash.
    private static string RecoveryCode(string typed)
    {
        var upper = typed.ToUpperInvariant();
        return upper.Length == 10 ? $"{upper[..5]}-{upper[5..]}" : upper;
    }
}
