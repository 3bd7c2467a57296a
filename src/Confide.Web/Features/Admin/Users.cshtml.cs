using Confide.Core.Access;
using Confide.Core.Common;
using Confide.Core.Staff;
using Confide.Data.Staff;
using Confide.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confide.Web.Features.Admin;

/// <summary>
/// User administration for administrators: accounts of their own organisation only (identifiers, names and
/// roles — never family content). Anyone else gets 404.
/// </summary>
public sealed class UsersModel(CurrentActor current, StaffAccounts accounts) : PageModel
{
    public IReadOnlyList<StaffAccounts.Listing> Accounts { get; private set; } = [];

    public IReadOnlyList<ValidationError> Errors { get; private set; } = [];

    /// <summary>A new account's first password, shown once.</summary>
    public string? Created { get; private set; }

    public string? Done { get; private set; }

    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public List<string> Roles { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is not { } admin)
        {
            return NotFound();
        }

        var roles = Roles.Select(r => RoleNames.TryParse(r, out var role) ? role : (Role?)null).OfType<Role>().ToList();
        var password = StaffAccounts.GeneratePassword();
        var added = await accounts.AddAsync(admin.OrganisationId, Email ?? "", DisplayName ?? "", roles, password, ct);
        if (!added.Succeeded)
        {
            Errors = added.Errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Created = password;
        Done = $"Account {Email} added.";
        (Email, DisplayName, Roles) = (null, null, []);
        await LoadAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostDisableAsync(string email, CancellationToken ct) =>
        ActOnAsync(email, e => accounts.DisableAsync(e, ct), $"{email} is disabled; their sessions have ended.", ct);

    public Task<IActionResult> OnPostResetTwoFactorAsync(string email, CancellationToken ct) =>
        ActOnAsync(email, e => accounts.ResetTwoFactorAsync(e, ct), $"Two-factor sign-in for {email} is reset; they set it up again at their next sign-in.", ct);

    private async Task<IActionResult> ActOnAsync(string email, Func<string, Task<Result<UserId>>> act, string done, CancellationToken ct)
    {
        if (await LoadAsync(ct) is null || Accounts.All(a => !string.Equals(a.Email, email, StringComparison.OrdinalIgnoreCase)))
        {
            return NotFound();
        }

        var result = await act(email);
        Errors = result.Errors;
        Done = result.Succeeded ? done : null;
        await LoadAsync(ct);
        return Page();
    }

    private async Task<Actor?> LoadAsync(CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        if (actor is null || !actor.Has(Role.Administrator))
        {
            return null;
        }

        Accounts = await accounts.ListAsync(actor.OrganisationId, ct);
        return actor;
    }
}
