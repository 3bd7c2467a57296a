using Confide.Core.Common;
using Confide.Core.Organisations;
using Confide.Core.Staff;
using Confide.Data.Records;
using Microsoft.EntityFrameworkCore;

namespace Confide.Data.Access;

/// <summary>
/// Who line-manages whom (supervision): a scheme manager their coordinators, a coordinator their volunteers. The
/// access engine reads it as <c>Actor.Supervisees</c> and <c>PersonnelFileFacts.LineManagerId</c>.
/// </summary>
public sealed class LineManagement(ConfideDbContext db)
{
    /// <summary>
    /// Makes <paramref name="manager"/> the line manager of <paramref name="subject"/>, or clears it when null. Refuses
    /// self-management, accounts of other organisations, unknown or disabled managers, and chains that would loop.
    /// </summary>
    public async Task<Result<UserId>> SetLineManagerAsync(OrganisationId org, UserId subject, UserId? manager, CancellationToken ct = default)
    {
        var account = await db.Users.FirstOrDefaultAsync(u => u.Id == subject.Value && u.OrganisationId == org.Value, ct);
        var v = new Validator().When(account is null, "subject", "not_found", $"The person ({subject}) is not an account of this organisation.");
        if (manager is { } m)
        {
            if (m == subject)
            {
                v.Add("manager", "self", "A person cannot be their own line manager; choose someone else.");
            }
            else
            {
                await Accounts.RequireEnabledAsync(db, org, m, "manager", "line manager", v, ct);
                if (!v.HasErrors && await WouldLoopAsync(org, subject, m, ct))
                {
                    v.Add("manager", "cycle",
                        "This would make a loop: the chosen line manager is already managed, directly or further up, by this person. Change that line first.");
                }
            }
        }

        if (v.HasErrors)
        {
            return Result<UserId>.Fail(v.Errors);
        }

        account!.LineManagerId = manager?.Value;
        await db.SaveChangesAsync(ct);
        return Result<UserId>.Ok(subject);
    }

    /// <summary>True when <paramref name="subject"/> is already above <paramref name="manager"/> in the chain.</summary>
    private async Task<bool> WouldLoopAsync(OrganisationId org, UserId subject, UserId manager, CancellationToken ct)
    {
        // One query for the organisation's whole chart (a few thousand pairs at most), then a walk up from the manager.
        var managerOf = await db.Users.AsNoTracking().Where(u => u.OrganisationId == org.Value && u.LineManagerId != null)
            .Select(u => new { u.Id, u.LineManagerId }).ToDictionaryAsync(u => u.Id, u => u.LineManagerId!.Value, ct);
        var seen = new HashSet<Guid>();
        for (Guid? at = manager.Value; at is { } current && seen.Add(current); at = managerOf.TryGetValue(current, out var up) ? up : null)
        {
            if (current == subject.Value)
            {
                return true;
            }
        }

        return false;
    }
}
