using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Sharing;
using Confide.Core.Staff;
using Confide.Data.Families;
using Confide.Data.Records;
using Microsoft.EntityFrameworkCore;

namespace Confide.Data.Sharing;

/// <summary>
/// The family's disclosure log: sharing decisions (shared and not shared) with their items as sent, and the
/// "family to be informed" tasks. A decision and its task are written in one transaction; free text is encrypted
/// under the family's key.
/// </summary>
public sealed class SharingRecords(ConfideDbContext db, FamilyRecords families, TimeProvider time)
{
    /// <summary>An open or due task as the coordinator's list shows it.</summary>
    public sealed record TaskListing(FamilyInformedTask Task, string FamilyReference, Guid AgencyId, DateTimeOffset DecidedAt);

    /// <summary>Records a decision and the task it needs, all or nothing.</summary>
    public async Task SaveAsync(SharingDecision decision, FamilyInformedTask? task, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        using (var cipher = await families.CipherAsync(decision.FamilyId.Value, ct))
        {
            db.SharingDecisions.Add(SharingRowMapping.ToRow(decision, cipher));
        }

        if (task is not null)
        {
            db.FamilyInformedTasks.Add(SharingRowMapping.ToRow(task));
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>The family's decisions, newest first.</summary>
    public async Task<IReadOnlyList<SharingDecision>> ListAsync(OrganisationId org, FamilyId family, CancellationToken ct = default)
    {
        var rows = await db.SharingDecisions.AsNoTracking().Include(d => d.Items)
            .Where(d => d.FamilyId == family.Value && d.OrganisationId == org.Value).ToListAsync(ct);
        if (rows.Count == 0)
        {
            return [];
        }

        using var cipher = await families.CipherAsync(family.Value, ct);
        return rows.OrderByDescending(r => r.DecidedAt).ThenByDescending(r => r.Id).Select(r => SharingRowMapping.ToDomain(r, cipher)).ToList();
    }

    /// <summary>One decision of the family, or null.</summary>
    public async Task<SharingDecision?> GetAsync(OrganisationId org, FamilyId family, Guid decisionId, CancellationToken ct = default)
    {
        var row = await db.SharingDecisions.AsNoTracking().Include(d => d.Items)
            .FirstOrDefaultAsync(d => d.Id == decisionId && d.FamilyId == family.Value && d.OrganisationId == org.Value, ct);
        if (row is null)
        {
            return null;
        }

        using var cipher = await families.CipherAsync(family.Value, ct);
        return SharingRowMapping.ToDomain(row, cipher);
    }

    /// <summary>Records that the decision's portal link was revoked; false when there is no unrevoked portal share to revoke.</summary>
    public async Task<bool> MarkRevokedAsync(OrganisationId org, FamilyId family, Guid decisionId, DateTimeOffset at, CancellationToken ct = default) =>
        await db.SharingDecisions
            .Where(d => d.Id == decisionId && d.FamilyId == family.Value && d.OrganisationId == org.Value && d.PortalShareId != null && d.PortalRevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.PortalRevokedAt, at), ct) == 1;

    /// <summary>The tasks of the family's decisions.</summary>
    public async Task<IReadOnlyList<FamilyInformedTask>> TasksOfAsync(OrganisationId org, FamilyId family, CancellationToken ct = default) =>
        (await db.FamilyInformedTasks.AsNoTracking().Where(t => t.FamilyId == family.Value && t.OrganisationId == org.Value).ToListAsync(ct))
            .Select(SharingRowMapping.ToDomain).ToList();

    /// <summary>A task and its family (for the access check), or null.</summary>
    public async Task<FamilyInformedTask?> FindTaskAsync(OrganisationId org, Guid taskId, CancellationToken ct = default)
    {
        var row = await db.FamilyInformedTasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId && t.OrganisationId == org.Value, ct);
        return row is null ? null : SharingRowMapping.ToDomain(row);
    }

    /// <summary>Open tasks, and exempt ones due for review, of the families assigned to <paramref name="coordinator"/>.</summary>
    public async Task<IReadOnlyList<TaskListing>> DueTasksAsync(OrganisationId org, UserId coordinator, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var rows = await (
            from t in db.FamilyInformedTasks.AsNoTracking()
            join f in db.Families.AsNoTracking() on t.FamilyId equals f.Id
            join d in db.SharingDecisions.AsNoTracking() on t.DecisionId equals d.Id
            where t.OrganisationId == org.Value && f.AssignedCoordinatorId == coordinator.Value && t.Status != "completed"
            select new { Task = t, f.Reference, d.AgencyId, d.DecidedAt }).ToListAsync(ct);
        return rows.Select(r => new TaskListing(SharingRowMapping.ToDomain(r.Task), r.Reference, r.AgencyId, r.DecidedAt))
            .Where(l => l.Task.Due(today)).OrderBy(l => l.DecidedAt).ToList();
    }

    /// <summary>Saves a completed or exempted task; refused when someone else closed it meanwhile.</summary>
    public async Task<Result<FamilyInformedTask>> UpdateTaskAsync(FamilyInformedTask task, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(task);
        var row = await db.FamilyInformedTasks.FirstOrDefaultAsync(t => t.Id == task.Id && t.OrganisationId == task.OrganisationId.Value, ct);
        if (row is null)
        {
            return Result<FamilyInformedTask>.Fail("taskId", "not_found", "There is no such task in this organisation.");
        }

        if (row.Status == "completed")
        {
            return Result<FamilyInformedTask>.Fail("taskId", "task.already_completed", "The family was already recorded as told.");
        }

        db.Entry(row).CurrentValues.SetValues(SharingRowMapping.ToRow(task));
        await db.SaveChangesAsync(ct);
        return Result<FamilyInformedTask>.Ok(task);
    }
}
