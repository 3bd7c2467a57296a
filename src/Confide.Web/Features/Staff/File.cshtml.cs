using Confide.Core.Access;
using Confide.Core.Audit;
using Confide.Core.Staff;
using Confide.Data.Access;
using Confide.Data.Audit;
using Confide.Web.Features.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confide.Web.Features.Staff;

/// <summary>A personnel file and its record of access.</summary>
public sealed class PersonnelModel(PersonnelFileAccess files, AuditReader reader, StaffNames names) : PageModel
{
    public PersonnelFile? Personnel { get; private set; }

    public AccessDecision? Decision { get; private set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var outcome = await files.OpenAsync(new UserId(id), "file", ct);
        Decision = outcome.Decision;
        switch (outcome.Status)
        {
            case PersonnelFileAccess.Status.NotFound:
                return NotFound();
            case PersonnelFileAccess.Status.ReasonRequired:
                return Redirect($"/staff/{id}/reason");
            case PersonnelFileAccess.Status.Refused:
                Response.StatusCode = StatusCodes.Status403Forbidden;
                return Page();
        }

        Personnel = outcome.File;
        Entries = await reader.QueryAsync(new AuditQuery(outcome.Actor!.OrganisationId) { ResourceKind = PersonnelFileAccess.Kind, ResourceId = id.ToString("D"), Limit = 200 }, ct);
        Names = await names.ForAsync(outcome.Actor.OrganisationId, ct);
        return Page();
    }

    public string NameOf(Guid? id) => id is { } v && Names.TryGetValue(v, out var n) ? n : "(unknown account)";
}
