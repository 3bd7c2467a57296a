using System.ComponentModel.DataAnnotations;
using Confide.Data.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confide.Web.Features.Account;

/// <summary>Changing one's own password: 12 characters or more, not a common one; no other composition rules.</summary>
[Authorize]
public sealed class PasswordModel(UserManager<StaffAccount> users, SignInManager<StaffAccount> signIn, ILogger<PasswordModel> logger) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Enter your current password"), DataType(DataType.Password), Display(Name = "Current password")]
    public string CurrentPassword { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Enter a new password"), DataType(DataType.Password), Display(Name = "New password")]
    public string NewPassword { get; set; } = "";

    public bool Changed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ChangePasswordAsync(user, CurrentPassword, NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(CurrentPassword) : nameof(NewPassword);
                ModelState.AddModelError(field, error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Your current password is not right." : error.Description);
            }

            return Page();
        }

        // The change renews the security stamp, which ends other sessions; keep this one.
        await signIn.RefreshSignInAsync(user);
        logger.PasswordChanged(user.Id);
        Changed = true;
        return Page();
    }
}
