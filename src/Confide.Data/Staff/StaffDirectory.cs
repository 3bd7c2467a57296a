using Confide.Core.Access;
using Confide.Core.Organisations;
using Confide.Core.Staff;
using Confide.Data.Records;
using Microsoft.EntityFrameworkCore;

namespace Confide.Data.Staff;

/// <summary>Reads accounts and their roles: who an actor is, and whether a person holds a role.</summary>
public static class StaffDirectory
{
    /// <summary>True when the account is active in <paramref name="org"/> and holds <paramref name="role"/>.</summary>
    public static Task<bool> HasRoleAsync(ConfideDbContext db, OrganisationId org, UserId user, Role role, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var name = role.Name();
        return db.Users.AnyAsync(u => u.Id == user.Value && u.OrganisationId == org.Value && u.DisabledAt == null && u.Roles.Any(r => r.Role == name), ct);
    }

    /// <summary>
    /// The actor for an active account, with the enabled accounts it line-manages, in one query; null when it does
    /// not exist or is disabled.
    /// </summary>
    public static async Task<Actor?> FindActorAsync(ConfideDbContext db, UserId user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var row = await db.Users.AsNoTracking().AsSingleQuery()
            .Where(u => u.Id == user.Value && u.DisabledAt == null)
            .Select(u => new
            {
                u.Id,
                u.OrganisationId,
                Roles = u.Roles.Select(r => r.Role).ToList(),
                Supervisees = db.Users.Where(s => s.LineManagerId == u.Id && s.DisabledAt == null).Select(s => s.Id).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        return row is null
            ? null
            : new Actor(new UserId(row.Id), new OrganisationId(row.OrganisationId), ParseRoles(row.Roles))
            {
                Supervisees = row.Supervisees.Select(s => new UserId(s)).ToHashSet(),
            };
    }

    /// <summary>Every enabled account of <paramref name="org"/> as an actor, with whom each line-manages: the people "who can see this file?" weighs.</summary>
    public static async Task<IReadOnlyList<Actor>> ActorsAsync(ConfideDbContext db, OrganisationId org, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Users.AsNoTracking().AsSingleQuery()
            .Where(u => u.OrganisationId == org.Value && u.DisabledAt == null)
            .Select(u => new { u.Id, u.LineManagerId, Roles = u.Roles.Select(r => r.Role).ToList() })
            .ToListAsync(ct);
        var reports = rows.Where(r => r.LineManagerId is not null).ToLookup(r => r.LineManagerId!.Value, r => new UserId(r.Id));
        return rows.Select(r => new Actor(new UserId(r.Id), org, ParseRoles(r.Roles)) { Supervisees = reports[r.Id].ToHashSet() }).ToList();
    }

    public static Actor ToActor(StaffAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new Actor(new UserId(account.Id), new OrganisationId(account.OrganisationId), ParseRoles(account.Roles.Select(r => r.Role)));
    }

    private static HashSet<Role> ParseRoles(IEnumerable<string> names) =>
        names.Select(n => RoleNames.TryParse(n, out var role) ? role : (Role?)null).OfType<Role>().ToHashSet();
}
