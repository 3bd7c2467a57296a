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

    /// <summary>The actor for an active account; null when it does not exist or is disabled.</summary>
    public static async Task<Actor?> FindActorAsync(ConfideDbContext db, UserId user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var account = await db.Users.AsNoTracking().Include(u => u.Roles).FirstOrDefaultAsync(u => u.Id == user.Value && u.DisabledAt == null, ct);
        return account is null ? null : ToActor(account);
    }

    public static Actor ToActor(StaffAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var roles = account.Roles.Select(r => RoleNames.TryParse(r.Role, out var role) ? role : (Role?)null).OfType<Role>().ToHashSet();
        return new Actor(new UserId(account.Id), new OrganisationId(account.OrganisationId), roles);
    }
}
