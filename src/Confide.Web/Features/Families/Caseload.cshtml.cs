using Confide.Core.Families;
using Confide.Data.Sharing;
using Confide.Web.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confide.Web.Features.Families;

public sealed class CaseloadModel(FamilyFileAccess files, CurrentActor current, SharingRecords sharing) : PageModel
{
    public IReadOnlyList<FamilySummary> Families { get; private set; } = [];

    /// <summary>How many families assigned to the person are still to be told of a share (SUF-15).</summary>
    public int FamiliesToTell { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Families = await files.CaseloadAsync(ct);
        if (await current.GetAsync(ct) is { } actor && actor.Has(Confide.Core.Staff.Role.Coordinator))
        {
            FamiliesToTell = (await sharing.DueTasksAsync(actor.OrganisationId, actor.UserId, ct)).Count;
        }
    }
}
