using Confide.Core.Access;
using Confide.Core.Audit;
using Confide.Core.Common;
using Confide.Core.Sharing;
using Confide.Data.Sharing;
using Confide.Web.Features.Access;
using Confide.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confide.Web.Features.Sharing;

/// <summary>
/// The agency register (C5, SUF-22): every member of staff may read it (it holds no family data); scheme managers
/// and the chief officer add agencies, record when their data-protection arrangements were checked, and retire them.
/// </summary>
public sealed class AgenciesModel(CurrentActor current, AgencyRegister register, AccessAudit audit, TimeProvider time) : PageModel
{
    public Actor Actor { get; private set; } = null!;

    public IReadOnlyList<Agency> Agencies { get; private set; } = [];

    public bool MayManage { get; private set; }

    public IReadOnlyList<ValidationError> Errors { get; private set; } = [];

    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    [BindProperty]
    public AgencyInput Input { get; set; } = new();

    [BindProperty]
    public DateOnly? CheckedOn { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct, manage: true) is { } refusal)
        {
            return refusal;
        }

        var details = Input.Read();
        var added = details.Succeeded ? await register.AddAsync(Actor.OrganisationId, details.Value, Actor.UserId, ct) : Result<Agency>.Fail(details.Errors);
        return await AfterAsync(added, "agency.add", ct);
    }

    public async Task<IActionResult> OnPostCheckedAsync(Guid agencyId, CancellationToken ct)
    {
        if (await LoadAsync(ct, manage: true) is { } refusal)
        {
            return refusal;
        }

        return await AfterAsync(await register.MarkCheckedAsync(Actor.OrganisationId, agencyId, CheckedOn ?? Today, ct), "agency.check", ct);
    }

    public async Task<IActionResult> OnPostRetireAsync(Guid agencyId, CancellationToken ct)
    {
        if (await LoadAsync(ct, manage: true) is { } refusal)
        {
            return refusal;
        }

        return await AfterAsync(await register.RetireAsync(Actor.OrganisationId, agencyId, ct), "agency.retire", ct);
    }

    private async Task<IActionResult> AfterAsync(Result<Agency> result, string action, CancellationToken ct)
    {
        if (result.Succeeded)
        {
            await audit.RecordAsync(Actor, action, "agency", result.Value.Id.ToString("D"), AuditOutcome.Allowed, ct: ct);
            return Redirect("/agencies");
        }

        if (result.Errors.Any(e => e.Code == "not_found"))
        {
            return NotFound();
        }

        Errors = result.Errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct, bool manage = false)
    {
        if (await current.GetAsync(ct) is not { } actor || actor.Roles.Count == 0)
        {
            return NotFound();
        }

        Actor = actor;
        MayManage = StaffTasks.May(actor, StaffTask.ManageAgencies);
        if (manage && !MayManage)
        {
            await audit.RecordAsync(actor, "agency.change", "agency", null, AuditOutcome.Refused, "staff-task", ct: ct);
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Agencies = await register.ListAsync(actor.OrganisationId, ct);
        return null;
    }
}
