using Confide.Data.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confide.Web.Features.Account;

/// <summary>The signed-in person's own account: who they are signed in as, two-factor, password, sign out.</summary>
[Authorize]
public sealed class IndexModel(UserManager<StaffAccount> users) : PageModel
{
    public string DisplayName { get; private set; } = "";
    public string Email { get; private set; } = "";
    public bool TwoFactorOn { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        (DisplayName, Email, TwoFactorOn) = (user.DisplayName, user.Email ?? "", user.TwoFactorEnabled);
        return Page();
    }
}
