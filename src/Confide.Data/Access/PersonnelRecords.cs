using Confide.Core.Access;
using Confide.Core.Organisations;
using Confide.Core.Staff;
using Confide.Data.Records;
using Microsoft.EntityFrameworkCore;

namespace Confide.Data.Access;

/// <summary>
/// Personnel files: the minimal record Confide holds of a staff member, volunteer or trustee (their account, roles
/// and line manager), and the facts the access policy decides them on. Disabled accounts keep their file.
/// </summary>
public sealed class PersonnelRecords(ConfideDbContext db)
{
    /// <summary>The facts the access policy needs about <paramref name="subject"/>'s file; null when not an account of this organisation.</summary>
    public async Task<PersonnelFileFacts?> GetFactsAsync(OrganisationId org, UserId subject, CancellationToken ct = default)
    {
        var row = await db.Users.AsNoTracking().Where(u => u.Id == subject.Value && u.OrganisationId == org.Value)
            .Select(u => new { u.LineManagerId }).FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var excluded = await db.ConflictExclusions.AsNoTracking()
            .Where(e => e.OrganisationId == org.Value && e.ResourceKind == ResourceKinds.Personnel && e.ResourceId == subject.Value && e.LiftedAt == null)
            .Select(e => e.UserId).ToListAsync(ct);
        return new PersonnelFileFacts(subject, org, row.LineManagerId is { } m ? new UserId(m) : null)
        {
            Excluded = excluded.Select(e => new UserId(e)).ToHashSet(),
        };
    }

    /// <summary>The personnel file of <paramref name="subject"/>; null when not an account of this organisation.</summary>
    public async Task<PersonnelFile?> GetAsync(OrganisationId org, UserId subject, CancellationToken ct = default)
    {
        var row = await db.Users.AsNoTracking().Where(u => u.Id == subject.Value && u.OrganisationId == org.Value)
            .Select(u => new
            {
                u.DisplayName,
                u.Email,
                Roles = u.Roles.Select(r => r.Role).ToList(),
                u.LineManagerId,
                LineManagerName = db.Users.Where(m => m.Id == u.LineManagerId).Select(m => m.DisplayName).FirstOrDefault(),
                u.CreatedAt,
                u.DisabledAt,
            })
            .FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var roles = row.Roles.Select(r => RoleNames.TryParse(r, out var role) ? role : (Role?)null).OfType<Role>().Order().ToList();
        return new PersonnelFile(subject, org, row.DisplayName, row.Email ?? "", roles,
            row.LineManagerId is { } m ? new UserId(m) : null, row.LineManagerName, row.CreatedAt, row.DisabledAt);
    }
}
