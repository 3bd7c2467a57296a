using Confide.Core.Sharing;
using Confide.Data.Sharing;
using Confide.Web.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confide.Web.Features.Sharing;

/// <summary>The coordinator's "family to be informed" list (SUF-15, WIR-08): open tasks, and exemptions due for review.</summary>
public sealed class TasksModel(CurrentActor current, SharingRecords records, IAgencyDirectory agencies, TimeProvider time) : PageModel
{
    public IReadOnlyList<SharingRecords.TaskListing> Tasks { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> AgencyNames { get; private set; } = new Dictionary<Guid, string>();

    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (await current.GetAsync(ct) is not { } actor)
        {
            return;
        }

        Tasks = await records.DueTasksAsync(actor.OrganisationId, actor.UserId, ct);
        AgencyNames = (await agencies.ListAsync(actor.OrganisationId, ct)).ToDictionary(a => a.Id, a => a.Name);
    }

    public string AgencyOf(Guid id) => AgencyNames.TryGetValue(id, out var name) ? name : "(agency no longer on the register)";
}
