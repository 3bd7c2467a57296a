using Confide.Core.Access;
using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Core.Sharing;
using Confide.Data.Sharing;
using Confide.Web.Features.Families;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confide.Web.Features.Sharing;

/// <summary>One sharing decision in full, and its "family to be informed" task, which can be completed here.</summary>
public sealed class DecisionModel(SharingDecisions decisions, SharingRecords records, IAgencyDirectory agencies, OrganisationSharingRules sharingRules) : PageModel
{
    public FamilyFileAccess.Opened Opened { get; private set; } = null!;

    public SharingDecision Decision { get; private set; } = null!;

    public Agency? Agency { get; private set; }

    public FamilyInformedTask? Task { get; private set; }

    public Core.Profiles.SharingRules Rules { get; private set; } = null!;

    public IReadOnlyList<ValidationError> Errors { get; private set; } = [];

    [BindProperty]
    public DateOnly? ToldOn { get; set; }

    [BindProperty]
    public string? Method { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid decisionId, CancellationToken ct) =>
        await LoadAsync(id, decisionId, AccessAction.Read, ct) ?? Page();

    public async Task<IActionResult> OnPostCompleteAsync(Guid id, Guid decisionId, CancellationToken ct)
    {
        if (await LoadAsync(id, decisionId, AccessAction.Write, ct) is { } refusal)
        {
            return refusal;
        }

        if (Task is null)
        {
            return NotFound();
        }

        var closed = await decisions.CloseTaskAsync(Opened, Task, new TaskClosing(ToldOn, Method, null, null), ct);
        if (closed.Succeeded)
        {
            return Redirect($"/families/{id}/sharing/{decisionId}");
        }

        Errors = closed.Errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, Guid decisionId, CancellationToken ct)
    {
        if (await LoadAsync(id, decisionId, AccessAction.Write, ct) is { } refusal)
        {
            return refusal;
        }

        if (await decisions.RevokeAsync(Opened, Decision, ct))
        {
            return Redirect($"/families/{id}/sharing/{decisionId}");
        }

        Errors = [new ValidationError("decisionId", "share.not_revocable", "This share has no portal link that is still working, so there is nothing to revoke.")];
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, Guid decisionId, AccessAction action, CancellationToken ct)
    {
        var outcome = await decisions.OpenAsync(new FamilyId(id), action, ct);
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
        var org = Opened.Actor.OrganisationId;
        if (await records.GetAsync(org, new FamilyId(id), decisionId, ct) is not { } decision)
        {
            return NotFound();
        }

        Decision = decision;
        Agency = await agencies.FindAsync(org, decision.AgencyId, ct);
        Task = (await records.TasksOfAsync(org, new FamilyId(id), ct)).FirstOrDefault(t => t.DecisionId == decisionId);
        Rules = await sharingRules.ForAsync(org, ct);
        return null;
    }
}
