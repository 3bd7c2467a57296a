using Confide.Core.Access;
using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Core.Sharing;
using Confide.Web.Features.Families;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confide.Web.Features.Sharing;

/// <summary>
/// A new sharing decision: the file's items picked one by one, the agency from the register, the lawful basis (the
/// covering consent when there is one, otherwise the profile's exceptions), the family told, the channel and the
/// outcome. "Check consent on file" asks the consent records without deciding anything.
/// </summary>
public sealed class NewModel(SharingDecisions decisions) : PageModel
{
    [BindProperty]
    public SharingDraftInput Input { get; set; } = new();

    public FamilyFileAccess.Opened Opened { get; private set; } = null!;

    public SharingDecisions.Choices Choices { get; private set; } = null!;

    public CoverageAnswer? Coverage { get; private set; }

    public IReadOnlyList<ValidationError> Errors { get; private set; } = [];

    /// <summary>Set once the decision is recorded; with the link and passcode when it went through the portal (shown this once).</summary>
    public SharingDecisions.Outcome? Done { get; private set; }

    public bool HasError(string field) => Errors.Any(e => e.Field == field);

    public string? ErrorOf(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await OpenAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostCheckAsync(Guid id, CancellationToken ct)
    {
        if (await OpenAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        var (draft, unrecognised) = Input.Read();
        Errors = unrecognised;
        Coverage = await decisions.CoverageAsync(Opened, draft, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await OpenAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        var (draft, unrecognised) = Input.Read();
        var outcome = await decisions.DecideAsync(Opened, draft, unrecognised, ct);
        if (outcome.Succeeded)
        {
            Done = outcome;
            return Page();
        }

        Errors = outcome.Errors;
        Coverage = await decisions.CoverageAsync(Opened, draft, ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<IActionResult?> OpenAsync(Guid id, CancellationToken ct)
    {
        var outcome = await decisions.OpenAsync(new FamilyId(id), AccessAction.Write, ct);
        switch (outcome.Status)
        {
            case FamilyFileAccess.Status.NotFound:
                return NotFound();
            case FamilyFileAccess.Status.ReasonRequired:
                return Redirect($"/families/{id}/reason");
            case FamilyFileAccess.Status.Refused:
                return StatusCode(StatusCodes.Status403Forbidden);
        }

        Opened = outcome.File!;
        Choices = await decisions.ChoicesAsync(Opened, ct);
        return null;
    }
}
