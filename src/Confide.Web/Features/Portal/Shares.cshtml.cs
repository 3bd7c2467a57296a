using Confide.Core.Access;
using Confide.Core.Families;
using Confide.Core.Portal;
using Confide.Data.Portal;
using Confide.Web.Features.Families;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confide.Web.Features.Portal;

/// <summary>
/// The shares sent from a family's file (recipient, sent, expires, views, status), with Revoke and a new passcode.
/// Reading needs the full view of the file (part "sharing"); revoking and re-issuing need Write with the full view.
/// </summary>
[Authorize]
public sealed class SharesModel(FamilyFileAccess files, SecureSharePortal portal) : PageModel
{
    public string Reference { get; private set; } = "";

    public IReadOnlyList<ShareSummary> Shares { get; private set; } = [];

    public bool CanChange { get; private set; }

    public AccessDecision? Refusal { get; private set; }

    /// <summary>A passcode just issued, shown once.</summary>
    public (Guid ShareId, string Passcode)? NewPasscode { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var outcome = await files.OpenAsync(new FamilyId(id), AccessAction.Read, "sharing", ct, fullViewOnly: true);
        return await ShowAsync(id, outcome, ct);
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, Guid shareId, CancellationToken ct)
    {
        var outcome = await ChangeAsync(id, shareId, ct);
        if (outcome.Status != FamilyFileAccess.Status.Opened)
        {
            return await ShowAsync(id, outcome, ct);
        }

        await portal.RevokeAsync(outcome.File!.Actor.OrganisationId, shareId, outcome.File.Actor.UserId, ct);
        return Redirect($"/families/{id}/shares");
    }

    public async Task<IActionResult> OnPostPasscodeAsync(Guid id, Guid shareId, CancellationToken ct)
    {
        var outcome = await ChangeAsync(id, shareId, ct);
        if (outcome.Status != FamilyFileAccess.Status.Opened)
        {
            return await ShowAsync(id, outcome, ct);
        }

        var issued = await portal.ReissuePasscodeAsync(outcome.File!.Actor.OrganisationId, shareId, outcome.File.Actor.UserId, ct);
        if (issued.Succeeded)
        {
            NewPasscode = (shareId, issued.Value);
        }
        else
        {
            Problem = issued.Errors[0].Message;
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        return await ShowAsync(id, outcome, ct);
    }

    private async Task<FamilyFileAccess.Outcome> ChangeAsync(Guid id, Guid shareId, CancellationToken ct)
    {
        var outcome = await files.OpenAsync(new FamilyId(id), AccessAction.Write, "sharing", ct, fullViewOnly: true);
        if (outcome.Status == FamilyFileAccess.Status.Opened && await portal.FamilyOfAsync(outcome.File!.Actor.OrganisationId, shareId, ct) != new FamilyId(id))
        {
            return FamilyFileAccess.Outcome.NotFound;
        }

        return outcome;
    }

    private async Task<IActionResult> ShowAsync(Guid id, FamilyFileAccess.Outcome outcome, CancellationToken ct)
    {
        switch (outcome.Status)
        {
            case FamilyFileAccess.Status.NotFound:
                return NotFound();
            case FamilyFileAccess.Status.ReasonRequired:
                return Redirect($"/families/{id}/reason");
            case FamilyFileAccess.Status.Refused:
                Refusal = outcome.Decision;
                Response.StatusCode = StatusCodes.Status403Forbidden;
                return Page();
        }

        var opened = outcome.File!;
        Reference = opened.File.Family.Reference;
        Shares = await portal.ListAsync(opened.Actor.OrganisationId, opened.File.Family.Id, ct);
        CanChange = await files.AllowsAsync(opened, AccessAction.Write, ct);
        return Page();
    }
}
