using Confide.Core.Common;
using Confide.Core.Organisations;
using Confide.Core.Staff;
using Confide.Data.Records;
using Microsoft.EntityFrameworkCore;

namespace Confide.Data.Access;

/// <summary>Checks on the people named in an access record, with messages a person can act on.</summary>
internal static class Accounts
{
    /// <summary>What is known of one account in one organisation.</summary>
    public sealed record Facts(bool Exists, bool Enabled, IReadOnlySet<Role> Roles)
    {
        public static readonly Facts Missing = new(false, false, new HashSet<Role>());
    }

    public static async Task<Facts> FindAsync(ConfideDbContext db, OrganisationId org, UserId user, CancellationToken ct)
    {
        var row = await db.Users.AsNoTracking().Where(u => u.Id == user.Value && u.OrganisationId == org.Value)
            .Select(u => new { u.DisabledAt, Roles = u.Roles.Select(r => r.Role).ToList() }).FirstOrDefaultAsync(ct);
        return row is null
            ? Facts.Missing
            : new Facts(true, row.DisabledAt is null, row.Roles.Select(r => RoleNames.TryParse(r, out var role) ? role : (Role?)null).OfType<Role>().ToHashSet());
    }

    /// <summary>Requires an enabled account of this organisation; adds an error to <paramref name="v"/> otherwise.</summary>
    public static async Task<Facts> RequireEnabledAsync(ConfideDbContext db, OrganisationId org, UserId user, string field, string who, Validator v, CancellationToken ct)
    {
        var facts = await FindAsync(db, org, user, ct);
        if (!facts.Exists)
        {
            v.Add(field, "not_found", $"The {who} ({user}) is not an account of this organisation.");
        }
        else if (!facts.Enabled)
        {
            v.Add(field, "disabled", $"The {who}'s account is disabled; enable it first or choose someone else.");
        }

        return facts;
    }
}
