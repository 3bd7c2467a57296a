using Confide.Core.Access;
using Confide.Core.Common;
using Confide.Core.Organisations;
using Confide.Core.Staff;
using Confide.Data.Records;
using Microsoft.EntityFrameworkCore;

namespace Confide.Data.Access;

/// <summary>
/// The reason a person gave when opening a file, kept for <see cref="Lifetime"/> so they are not asked again on every
/// click. The record of access (the audit log) holds every opening; this only remembers the last reason.
/// </summary>
public sealed class AccessSessions(ConfideDbContext db, TimeProvider time)
{
    /// <summary>How long a reason holds once given.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    /// <summary>The longest reason detail kept (a few words, no names).</summary>
    public const int MaxDetailLength = FieldLimits.Label;

    /// <summary>Records the reason <paramref name="user"/> gave for opening a file; it holds from now for <see cref="Lifetime"/>.</summary>
    public async Task<Result<AccessSession>> StartAsync(
        OrganisationId org, UserId user, string resourceKind, Guid resourceId, AccessReason reason, bool breakGlass, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var detail = reason.HasDetail ? reason.Detail!.Trim() : null;
        var v = new Validator()
            .When(!Enum.IsDefined(reason.Purpose), "purpose", "unknown", "Choose the purpose of opening the file from the list.")
            .When(detail is null && (breakGlass || reason.Purpose == AccessPurpose.Other), "detail", "required",
                breakGlass ? "Say in a few words why this is an emergency." : "Say in a few words why you are opening the file.")
            .When(detail?.Length > MaxDetailLength, "detail", "too_long", $"The reason must be {MaxDetailLength} characters or fewer (it has {detail?.Length}).");
        await Accounts.RequireEnabledAsync(db, org, user, "userId", "person opening the file", v, ct);
        var exists = resourceKind switch
        {
            ResourceKinds.Family => await db.Families.AnyAsync(f => f.Id == resourceId && f.OrganisationId == org.Value, ct),
            ResourceKinds.Personnel => await db.Users.AnyAsync(u => u.Id == resourceId && u.OrganisationId == org.Value, ct),
            _ => (bool?)null,
        };
        v.When(exists is null, "resourceKind", "unknown_kind", "A reason is given for opening a family file or a personnel file.")
            .When(exists == false, "resourceId", "not_found", $"There is no {resourceKind} file {resourceId} in this organisation.");
        if (v.HasErrors)
        {
            return Result<AccessSession>.Fail(v.Errors);
        }

        var now = time.GetUtcNow();
        var row = new AccessSessionRow
        {
            // Time-ordered by this clock, so the newest session of a file is the one with the greatest id.
            Id = Guid.CreateVersion7(now),
            OrganisationId = org.Value,
            UserId = user.Value,
            ResourceKind = resourceKind,
            ResourceId = resourceId,
            Purpose = StoredNames<AccessPurpose>.Name(reason.Purpose),
            Detail = detail,
            BreakGlass = breakGlass,
            OpenedAt = now,
            ExpiresAt = now + Lifetime,
        };
        db.AccessSessions.Add(row);
        await db.SaveChangesAsync(ct);
        return Result<AccessSession>.Ok(AccessRowMapping.ToDomain(row));
    }

    /// <summary>The reason <paramref name="user"/> gave for this file that still holds now, or null: ask again.</summary>
    public async Task<AccessSession?> CurrentAsync(UserId user, string resourceKind, Guid resourceId, CancellationToken ct = default)
    {
        // Every session lasts the same time, so only the newest can still hold (SQLite cannot compare the times itself).
        var row = await db.AccessSessions.AsNoTracking()
            .Where(s => s.UserId == user.Value && s.ResourceKind == resourceKind && s.ResourceId == resourceId)
            .OrderByDescending(s => s.Id).FirstOrDefaultAsync(ct);
        var session = row is null ? null : AccessRowMapping.ToDomain(row);
        return session is not null && session.HoldsAt(time.GetUtcNow()) ? session : null;
    }
}
