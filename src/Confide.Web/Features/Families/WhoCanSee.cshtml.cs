using Confide.Core.Access;
using Confide.Core.Audit;
using Confide.Core.Families;
using Confide.Data.Families;
using Confide.Data.Records;
using Confide.Data.Staff;
using Confide.Web.Features.Access;
using Confide.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confide.Web.Features.Families;

/// <summary>
/// "Who can see this file?" and "why can this person see it?", answered by the same engine that enforces access
/// (C2). For managers and the safeguarding lead, and for anyone who may open the file in full. Names and rules only.
/// </summary>
public sealed class WhoCanSeeModel(CurrentActor current, ConfideDbContext db, IAccessPolicy policy,
    OrganisationRules rules, StaffNames names, FamilyFileAccess files, AccessAudit audit, TimeProvider time) : PageModel
{
    public string Reference { get; private set; } = "";

    public IReadOnlyList<AccessExplanation> CanSee { get; private set; } = [];

    public IReadOnlyList<Actor> Staff { get; private set; } = [];

    public AccessExplanation? Why { get; private set; }

    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    [BindProperty(SupportsGet = true)]
    public Guid? Person { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await current.GetAsync(ct) is not { } actor)
        {
            return NotFound();
        }

        if (await files.PeekWithRelationshipsAsync(new FamilyId(id), AccessAction.Read, ct) is not var (own, file))
        {
            return NotFound();
        }

        if (own.HideExistence)
        {
            await audit.RecordAsync(actor, "explain", FamilyFileAccess.Kind, id.ToString("D"), AuditOutcome.Refused, own.Rule, part: "who-can-see", ct: ct);
            return NotFound();
        }

        var mayAsk = StaffTasks.May(actor, StaffTask.ExplainAccess) || (own.View == FileView.Full && (own.Allowed || own.ReasonRequired));
        await audit.RecordAsync(actor, "explain", FamilyFileAccess.Kind, id.ToString("D"), mayAsk ? AuditOutcome.Allowed : AuditOutcome.Refused,
            mayAsk ? "explain-access" : "no-relationship", part: "who-can-see", ct: ct);
        if (!mayAsk)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var orgRules = await rules.ForAsync(actor.OrganisationId, ct);
        var now = time.GetUtcNow();
        Staff = await StaffDirectory.ActorsAsync(db, actor.OrganisationId, ct);
        CanSee = AccessExplainer.WhoCanSee(policy, file, Staff, orgRules, now);
        if (Person is { } person && Staff.FirstOrDefault(s => s.UserId.Value == person) is { } asked)
        {
            Why = AccessExplainer.WhyCan(policy, asked, file, orgRules, now);
        }

        Reference = (await db.Families.FindAsync([id], ct))?.Reference ?? "";
        Names = await names.ForAsync(actor.OrganisationId, ct);
        return Page();
    }

    public string NameOf(Actor actor) => Names.GetValueOrDefault(actor.UserId.Value, "(unknown account)");
}
