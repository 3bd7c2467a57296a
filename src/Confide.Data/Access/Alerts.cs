using Confide.Core.Organisations;
using Confide.Core.Staff;
using Confide.Data.Records;
using Microsoft.EntityFrameworkCore;

namespace Confide.Data.Access;

/// <summary>Alerts to one person (a safeguarding lead told of a break-glass access, …), read and marked read by that person only.</summary>
public sealed class Alerts(ConfideDbContext db, TimeProvider time)
{
    /// <summary>Someone broke the glass; the alert points at the review (<see cref="BreakGlassReviewResource"/>).</summary>
    public const string BreakGlassKind = "break-glass";

    /// <summary>The resource kind of an alert about a break-glass review.</summary>
    public const string BreakGlassReviewResource = "break-glass-review";

    /// <summary>The most alerts <see cref="ForAsync"/> returns.</summary>
    public const int MaxListed = 200;

    /// <summary><paramref name="recipient"/>'s alerts, newest first (at most <see cref="MaxListed"/>).</summary>
    public async Task<IReadOnlyList<Alert>> ForAsync(UserId recipient, CancellationToken ct = default) =>
        (await db.Alerts.AsNoTracking().Where(a => a.RecipientId == recipient.Value).OrderByDescending(a => a.Id).Take(MaxListed).ToListAsync(ct))
            .OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id).Select(AccessRowMapping.ToDomain).ToList();

    /// <summary>Marks one of <paramref name="recipient"/>'s alerts read; false when it is not theirs or does not exist.</summary>
    public async Task<bool> MarkReadAsync(UserId recipient, AlertId alert, CancellationToken ct = default)
    {
        var row = await db.Alerts.FirstOrDefaultAsync(a => a.Id == alert.Value && a.RecipientId == recipient.Value, ct);
        if (row is null)
        {
            return false;
        }

        if (row.ReadAt is null)
        {
            row.ReadAt = time.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }

        return true;
    }

    internal static AlertRow NewRow(OrganisationId org, UserId recipient, string kind, string resourceKind, Guid resourceId, DateTimeOffset now) => new()
    {
        // Time-ordered by the caller's clock, so the newest alerts are the ones with the greatest ids.
        Id = Guid.CreateVersion7(now),
        OrganisationId = org.Value,
        RecipientId = recipient.Value,
        Kind = kind,
        ResourceKind = resourceKind,
        ResourceId = resourceId,
        CreatedAt = now,
    };
}
