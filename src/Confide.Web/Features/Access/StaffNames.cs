using Confide.Core.Organisations;
using Confide.Data.Records;
using Microsoft.EntityFrameworkCore;

namespace Confide.Web.Features.Access;

/// <summary>Display names of an organisation's accounts, to show on records of access and reports (staff names, never family data).</summary>
public sealed class StaffNames(ConfideDbContext db)
{
    public async Task<IReadOnlyDictionary<Guid, string>> ForAsync(OrganisationId org, CancellationToken ct = default) =>
        await db.Users.AsNoTracking().Where(u => u.OrganisationId == org.Value).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
}
