using Confide.Core.Access;
using Confide.Core.Audit;
using Confide.Core.Common;
using Confide.Core.Staff;
using Confide.Data.Access;
using Confide.Data.Staff;
using Confide.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confide.Web.Features.Access;

/// <summary>
/// Conflict-of-interest exclusions (CFS-36): a person is kept out of one family's file, or one colleague's personnel
/// file, even where their role would let them in; the file then vanishes for them everywhere, search and counts
/// included, from the very next request. Set by an administrator or the chief officer, who see no content doing so.
/// </summary>
public sealed class ExclusionsModel(CurrentActor current, ConflictExclusions exclusions, StaffAccounts accounts, FamilyReferences references, AccessAudit audit) : PageModel
{
    public Actor Actor { get; private set; } = null!;

    public IReadOnlyList<ConflictExclusion> Exclusions { get; private set; } = [];

    public IReadOnlyList<StaffAccounts.Listing> Staff { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> References { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyList<ValidationError> Errors { get; private set; } = [];

    [BindProperty]
    public Guid? PersonId { get; set; }

    [BindProperty]
    public string? Target { get; set; }

    [BindProperty]
    public string? FamilyReference { get; set; }

    [BindProperty]
    public Guid? ColleagueId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostDeclareAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var v = new Validator().When(PersonId is null, "personId", "required", "Choose the person with the conflict of interest.");
        ExclusionTarget? target = null;
        if (Target == "family")
        {
            var (found, _) = await references.ResolveAsync(Actor.OrganisationId, [FamilyReference ?? ""], ct);
            v.When(found.Count == 0, "familyReference", "unknown", "Enter the reference of a family of this organisation, like F-000123.");
            target = found.Count == 0 ? null : ExclusionTarget.Family(found[0]);
        }
        else if (Target == "personnel")
        {
            v.When(ColleagueId is null, "colleagueId", "required", "Choose whose personnel file the person must not see.");
            target = ColleagueId is { } c ? ExclusionTarget.Personnel(new UserId(c)) : null;
        }
        else
        {
            v.Add("target", "required", "Choose whether the conflict is with a family or with a colleague.");
        }

        if (v.HasErrors)
        {
            return Invalid(v.Errors);
        }

        var declared = await exclusions.DeclareAsync(Actor.OrganisationId, new UserId(PersonId!.Value), target!.Value, Actor.UserId, ct);
        if (!declared.Succeeded)
        {
            return Invalid(declared.Errors);
        }

        await audit.RecordAsync(Actor, "exclusion.declare", "exclusion", declared.Value.Id.ToString(), AuditOutcome.Allowed, ct: ct);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostLiftAsync(Guid exclusionId, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var lifted = await exclusions.LiftAsync(Actor.OrganisationId, new ExclusionId(exclusionId), Actor.UserId, ct);
        if (!lifted.Succeeded)
        {
            return Invalid(lifted.Errors);
        }

        await audit.RecordAsync(Actor, "exclusion.lift", "exclusion", exclusionId.ToString("D"), AuditOutcome.Allowed, ct: ct);
        return RedirectToPage();
    }

    public string NameOf(UserId id) => Staff.FirstOrDefault(s => s.Id == id)?.DisplayName ?? "(unknown account)";

    public string TargetOf(ExclusionTarget target) => target.Kind == ResourceKinds.Family
        ? $"Family {References.GetValueOrDefault(target.Id, "?")}"
        : $"Personnel file of {NameOf(new UserId(target.Id))}";

    private IActionResult Invalid(IReadOnlyList<ValidationError> errors)
    {
        Errors = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await current.GetAsync(ct) is not { } actor || !StaffTasks.May(actor, StaffTask.ManageExclusions))
        {
            return false;
        }

        Actor = actor;
        Exclusions = await exclusions.ListAsync(actor.OrganisationId, ct);
        Staff = await accounts.ListAsync(actor.OrganisationId, ct);
        References = await references.ForAsync(actor.OrganisationId, Exclusions.Where(e => e.Target.Kind == ResourceKinds.Family).Select(e => e.Target.Id), ct);
        return true;
    }
}
