using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Data.Records;
using Microsoft.EntityFrameworkCore;

namespace Confide.Web.Features.Access;

/// <summary>
/// Family references (F-000123) and ids, both ways, for access-control pages that name files without opening them:
/// a reference is an identifier, not content, so managers and administrators can use it.
/// </summary>
public sealed class FamilyReferences(ConfideDbContext db)
{
    public async Task<IReadOnlyDictionary<Guid, string>> ForAsync(OrganisationId org, IEnumerable<Guid> ids, CancellationToken ct = default)
    {
        var wanted = ids.Distinct().ToList();
        return wanted.Count == 0
            ? new Dictionary<Guid, string>()
            : await db.Families.AsNoTracking().Where(f => f.OrganisationId == org.Value && wanted.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => f.Reference, ct);
    }

    /// <summary>The ids of the given references in the organisation, and the references that match no file.</summary>
    public async Task<(IReadOnlyList<FamilyId> Found, IReadOnlyList<string> Unknown)> ResolveAsync(OrganisationId org, IEnumerable<string> references, CancellationToken ct = default)
    {
        var wanted = references.Select(r => r.Trim().ToUpperInvariant()).Where(r => r.Length > 0).Distinct().ToList();
        var found = await db.Families.AsNoTracking().Where(f => f.OrganisationId == org.Value && wanted.Contains(f.Reference))
            .Select(f => new { f.Id, f.Reference }).ToListAsync(ct);
        var known = found.Select(f => f.Reference).ToHashSet(StringComparer.Ordinal);
        return (found.Select(f => new FamilyId(f.Id)).ToList(), wanted.Where(r => !known.Contains(r)).ToList());
    }
}
