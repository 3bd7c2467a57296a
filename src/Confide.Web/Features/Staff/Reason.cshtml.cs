using Confide.Core.Access;
using Confide.Core.Common;
using Confide.Core.Staff;
using Confide.Web.Features.Families;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confide.Web.Features.Staff;

/// <summary>Asks for the reason the profile demands before a personnel file opens.</summary>
public sealed class PersonnelReasonModel(PersonnelFileAccess files) : PageModel
{
    [BindProperty]
    public AccessPurpose? Purpose { get; set; }

    [BindProperty]
    public string? Detail { get; set; }

    public IReadOnlyList<ValidationError> Errors { get; private set; } = [];

    public string? Refusal { get; private set; }

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Errors = ReasonForm.Check(Purpose, Detail);
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var outcome = await files.GiveReasonAsync(new UserId(id), new AccessReason(Purpose!.Value, string.IsNullOrWhiteSpace(Detail) ? null : Detail.Trim()), ct);
        switch (outcome.Status)
        {
            case PersonnelFileAccess.Status.NotFound:
                return NotFound();
            case PersonnelFileAccess.Status.Opened:
                return Redirect($"/staff/{id}");
            default:
                Refusal = outcome.Decision?.Explanation;
                Response.StatusCode = StatusCodes.Status403Forbidden;
                return Page();
        }
    }
}
