using Confide.Core.Common;
using Confide.Core.Organisations;
using Confide.Data.Records;
using Microsoft.EntityFrameworkCore;

namespace Confide.Data.Organisations;

/// <summary>Creates organisations from a validated profile and reads them back.</summary>
public sealed class OrganisationRecords(ConfideDbContext db, TimeProvider time)
{
    /// <summary>Creates an organisation; <paramref name="profileYaml"/> is kept verbatim as the version in force.</summary>
    public async Task<Result<Organisation>> CreateAsync(string name, string profileId, int profileVersion, string profileYaml, bool isDemo, CancellationToken ct = default)
    {
        var v = new Validator().Text(name, "name", "organisation name", FieldLimits.Label);
        v.When(!string.IsNullOrWhiteSpace(name) && await db.Organisations.AnyAsync(o => o.Name == name.Trim(), ct),
            "name", "duplicate", $"An organisation called '{name.Trim()}' already exists.");
        if (v.HasErrors)
        {
            return Result<Organisation>.Fail(v.Errors);
        }

        var org = new Organisation(OrganisationId.New(), name.Trim(), profileId, profileVersion, isDemo);
        db.Organisations.Add(new OrganisationRow
        {
            Id = org.Id.Value, Name = org.Name, ProfileId = profileId, ProfileVersion = profileVersion,
            ProfileYaml = profileYaml, IsDemo = isDemo, CreatedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        return Result<Organisation>.Ok(org);
    }

    public async Task<IReadOnlyList<Organisation>> ListAsync(CancellationToken ct = default) =>
        (await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(ct)).Select(ToDomain).ToList();

    public async Task<Organisation?> FindAsync(string idOrName, CancellationToken ct = default)
    {
        var rows = await db.Organisations.AsNoTracking().ToListAsync(ct);
        var row = rows.FirstOrDefault(o => o.Id.ToString() == idOrName || string.Equals(o.Name, idOrName, StringComparison.OrdinalIgnoreCase));
        return row is null ? null : ToDomain(row);
    }

    public async Task<string?> ProfileYamlAsync(OrganisationId id, CancellationToken ct = default) =>
        await db.Organisations.AsNoTracking().Where(o => o.Id == id.Value).Select(o => o.ProfileYaml).FirstOrDefaultAsync(ct);

    private static Organisation ToDomain(OrganisationRow o) => new(new OrganisationId(o.Id), o.Name, o.ProfileId, o.ProfileVersion, o.IsDemo);
}
