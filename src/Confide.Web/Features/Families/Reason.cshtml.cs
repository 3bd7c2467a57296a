using Confide.Core.Access;
using Confide.Core.Common;
using Confide.Core.Families;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confide.Web.Features.Families;

/// <summary>Asks for the reason the organisation's profile demands before a file opens (SUF-04, LEI-16).</summary>
public sealed class ReasonModel(FamilyFileAccess files) : PageModel
{
    public const int MaxDetail = 200;

    public static readonly IReadOnlyList<(AccessPurpose Purpose, string Label)> Purposes =
    [
        (AccessPurpose.CaseWork, "Supporting the family (visit, call, note)"),
        (AccessPurpose.Supervision, "Supervision"),
        (AccessPurpose.Safeguarding, "A safeguarding concern"),
        (AccessPurpose.SpotCheck, "Trustee spot-check"),
        (AccessPurpose.Audit, "Quality assurance or audit"),
        (AccessPurpose.SubjectRequest, "A request from the person the file is about"),
        (AccessPurpose.Other, "Something else (say what below)"),
    ];

    [BindProperty]
    public AccessPurpose? Purpose { get; set; }

    [BindProperty]
    public string? Detail { get; set; }

    public IReadOnlyList<ValidationError> Errors { get; private set; } = [];

    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var decision = await files.PeekAsync(new FamilyId(id), AccessAction.Read, ct);
        return decision is null || decision.HideExistence ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var errors = ReasonForm.Check(Purpose, Detail);
        if (errors.Count > 0)
        {
            Errors = errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var outcome = await files.GiveReasonAsync(new FamilyId(id), new AccessReason(Purpose!.Value, string.IsNullOrWhiteSpace(Detail) ? null : Detail.Trim()), ct);
        switch (outcome.Status)
        {
            case FamilyFileAccess.Status.NotFound:
                return NotFound();
            case FamilyFileAccess.Status.Opened:
                return Redirect($"/families/{id}");
            default:
                Refusal = outcome.Decision?.Explanation;
                Response.StatusCode = StatusCodes.Status403Forbidden;
                return Page();
        }
    }
}
