using Confide.Core.Access;
using Confide.Core.Audit;
using Confide.Core.Families;
using Confide.Data.Audit;
using Confide.Web.Features.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confide.Web.Features.Families;

/// <summary>The file's record of access: every opening and every refusal, who, when, which part, why, and the rule (SUF-29, WIR-36).</summary>
public sealed class RecordOfAccessModel(FamilyFileAccess files, AuditReader reader, StaffNames names) : PageModel
{
    public const int PageSize = 500;

    public string Reference { get; private set; } = "";

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var outcome = await files.OpenAsync(new FamilyId(id), AccessAction.Read, "record-of-access", ct, fullViewOnly: true);
        switch (outcome.Status)
        {
            case FamilyFileAccess.Status.ReasonRequired:
                return Redirect($"/families/{id}/reason");
            case FamilyFileAccess.Status.Refused:
                return StatusCode(StatusCodes.Status403Forbidden);
            case FamilyFileAccess.Status.NotFound:
                return NotFound();
        }

        var opened = outcome.File!;
        if (opened.Decision.View != FileView.Full)
        {
            // The volunteer view is the family's names and the volunteer's own notes; who else opened the file is not part of it.
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Reference = opened.File.Family.Reference;
        Entries = await reader.QueryAsync(new AuditQuery(opened.Actor.OrganisationId) { ResourceKind = FamilyFileAccess.Kind, ResourceId = id.ToString("D"), Limit = PageSize }, ct);
        Names = await names.ForAsync(opened.Actor.OrganisationId, ct);
        return Page();
    }

    public string NameOf(Guid? id) => id is { } v && Names.TryGetValue(v, out var name) ? name : "(unknown account)";
}
