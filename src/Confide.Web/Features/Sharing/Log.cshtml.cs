using Confide.Core.Access;
using Confide.Core.Families;
using Confide.Core.Sharing;
using Confide.Data.Sharing;
using Confide.Web.Features.Families;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confide.Web.Features.Sharing;

/// <summary>The family's disclosure log: every sharing decision, shared or not (CFS-30, LEI-11), what, to whom, when, why, on what basis, family told or not.</summary>
public sealed class LogModel(SharingDecisions decisions, SharingRecords records, IAgencyDirectory agencies, FamilyFileAccess files) : PageModel
{
    public FamilyFileAccess.Opened Opened { get; private set; } = null!;

    public IReadOnlyList<SharingDecision> Decisions { get; private set; } = [];

    public IReadOnlyDictionary<Guid, FamilyInformedTask> Tasks { get; private set; } = new Dictionary<Guid, FamilyInformedTask>();

    public IReadOnlyDictionary<Guid, string> AgencyNames { get; private set; } = new Dictionary<Guid, string>();

    public bool CanDecide { get; private set; }

    /// <summary>The engine's refusal, shown with its explanation (403).</summary>
    public AccessDecision? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var outcome = await decisions.OpenAsync(new FamilyId(id), AccessAction.Read, ct);
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

        Opened = outcome.File!;
        var org = Opened.Actor.OrganisationId;
        Decisions = await records.ListAsync(org, new FamilyId(id), ct);
        Tasks = (await records.TasksOfAsync(org, new FamilyId(id), ct)).ToDictionary(t => t.DecisionId);
        AgencyNames = (await agencies.ListAsync(org, ct)).ToDictionary(a => a.Id, a => a.Name);
        CanDecide = await files.AllowsAsync(Opened, AccessAction.Write, ct);
        return Page();
    }

    public string AgencyOf(Guid id) => AgencyNames.TryGetValue(id, out var name) ? name : "(agency no longer on the register)";
}
