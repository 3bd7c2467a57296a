using Confide.Data.Records;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confide.Web.Features.Account;

/// <summary>Signing out is a POST (a link or an image cannot sign someone out); the page offers the button.</summary>
public sealed class SignOutModel(SignInManager<StaffAccount> signIn, UserManager<StaffAccount> users, ILogger<SignOutModel> logger) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Guid.TryParse(users.GetUserId(User), out var id))
        {
            logger.SignedOut(id);
        }

        await signIn.SignOutAsync();
        return RedirectToPage("/Account/SignIn", new { signedOut = true });
    }
}
