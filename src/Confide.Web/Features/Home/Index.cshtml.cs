using Confide.Core.Organisations;
using Confide.Data.Organisations;
using Confide.Data.Records;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Confide.Web.Features.Home;

/// <summary>The placeholder home page: which organisations this installation holds (no family content).</summary>
public sealed class IndexModel(OrganisationRecords organisations, ConfideDbContext db) : PageModel
{
    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public IReadOnlyDictionary<Guid, int> FamilyCounts { get; private set; } = new Dictionary<Guid, int>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Organisations = await organisations.ListAsync(ct);
        FamilyCounts = await db.Families.GroupBy(f => f.OrganisationId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
    }
}
