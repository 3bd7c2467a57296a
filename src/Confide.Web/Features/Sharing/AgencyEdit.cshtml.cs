using Confide.Core.Access;
using Confide.Core.Audit;
using Confide.Core.Common;
using Confide.Data.Sharing;
using Confide.Web.Features.Access;
using Confide.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confide.Web.Features.Sharing;

/// <summary>Changes an agency's entry on the register (scheme managers and the chief officer).</summary>
public sealed class AgencyEditModel(CurrentActor current, AgencyRegister register, AccessAudit audit) : PageModel
{
    [BindProperty]
    public AgencyInput Input { get; set; } = new();

    public IReadOnlyList<ValidationError> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid agencyId, CancellationToken ct)
    {
        if (await MayAsync(ct) is not { } actor)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var agency = await register.FindAsync(actor.OrganisationId, agencyId, ct);
        if (agency is null)
        {
            return NotFound();
        }

        Input = AgencyInput.From(agency);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid agencyId, CancellationToken ct)
    {
        if (await MayAsync(ct) is not { } actor)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var details = Input.Read();
        var edited = details.Succeeded ? await register.EditAsync(actor.OrganisationId, agencyId, details.Value, ct) : Result<Core.Sharing.Agency>.Fail(details.Errors);
        if (edited.Succeeded)
        {
            await audit.RecordAsync(actor, "agency.edit", "agency", agencyId.ToString("D"), AuditOutcome.Allowed, ct: ct);
            return Redirect("/agencies");
        }

        if (edited.Errors.Any(e => e.Code == "not_found"))
        {
            return NotFound();
        }

        Errors = edited.Errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<Actor?> MayAsync(CancellationToken ct) =>
        await current.GetAsync(ct) is { } actor && StaffTasks.May(actor, StaffTask.ManageAgencies) ? actor : null;
}
