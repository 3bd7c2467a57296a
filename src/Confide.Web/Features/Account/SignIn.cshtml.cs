using System.ComponentModel.DataAnnotations;
using Confide.Data.Records;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confide.Web.Features.Account;

/// <summary>Step one of signing in: email address and password. Never says whether an email address has an account.</summary>
public sealed class SignInModel(UserManager<StaffAccount> users, SignInManager<StaffAccount> signIn, IPasswordHasher<StaffAccount> hasher, ILogger<SignInModel> logger) : PageModel
{
    public const string NotRight = "The email address or password is not right. If you are sure they are, your account may have been disabled: ask your administrator.";
    public const string Locked = "This account is locked for 5 minutes after 10 sign-ins that failed. Wait, then try again, or ask your administrator.";

    // Checked against an unknown email address so that it takes as long to refuse as a wrong password does.
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<StaffAccount>().HashPassword(new StaffAccount(), Guid.NewGuid().ToString()));

    [BindProperty, Required(ErrorMessage = "Enter your email address"), Display(Name = "Email address")]
    public string Email { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Enter your password"), DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool SignedOut { get; private set; }

    public void OnGet(bool signedOut = false) => SignedOut = signedOut;

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Email.Trim());
        if (user is null)
        {
            hasher.VerifyHashedPassword(new StaffAccount(), DecoyHash.Value, Password);
            logger.SignInFailedUnknownAccount();
            ModelState.AddModelError("", NotRight);
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.SignedIn(user.Id, "password");
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/TwoFactor", new { ReturnUrl });
        }

        if (result.IsLockedOut)
        {
            logger.LockedOut(user.Id);
            ModelState.AddModelError("", Locked);
            return Page();
        }

        logger.SignInFailed(user.Id, result.IsNotAllowed ? "account disabled" : "wrong password");
        ModelState.AddModelError("", NotRight);
        return Page();
    }
}
