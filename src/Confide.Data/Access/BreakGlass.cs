using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Staff;
using Confide.Data.Records;
using Microsoft.EntityFrameworkCore;

namespace Confide.Data.Access;

/// <summary>
/// Break-glass (emergency access outside a person's relationships): each one opens a review task and alerts every
/// enabled safeguarding lead of the organisation, together or not at all; someone else reviews it afterwards.
/// </summary>
public sealed class BreakGlass(ConfideDbContext db, TimeProvider time)
{
    /// <summary>Records that <paramref name="user"/> broke the glass on <paramref name="family"/>: a review task and the alerts, in one transaction.</summary>
    public async Task<Result<BreakGlassReview>> RecordAsync(OrganisationId org, UserId user, FamilyId family, CancellationToken ct = default)
    {
        var v = new Validator();
        await Accounts.RequireEnabledAsync(db, org, user, "userId", "person breaking the glass", v, ct);
        v.When(!await db.Families.AnyAsync(f => f.Id == family.Value && f.OrganisationId == org.Value, ct),
            "familyId", "not_found", $"There is no family file {family} in this organisation.");
        if (v.HasErrors)
        {
            return Result<BreakGlassReview>.Fail(v.Errors);
        }

        var lead = Role.SafeguardingLead.Name();
        var leads = await db.Users.AsNoTracking()
            .Where(u => u.OrganisationId == org.Value && u.DisabledAt == null && u.Roles.Any(r => r.Role == lead))
            .Select(u => u.Id).ToListAsync(ct);
        var now = time.GetUtcNow();
        var review = new BreakGlassReviewRow { Id = Guid.CreateVersion7(now), OrganisationId = org.Value, UserId = user.Value, FamilyId = family.Value, OpenedAt = now };
        db.BreakGlassReviews.Add(review);
        db.Alerts.AddRange(leads.Select(recipient => Alerts.NewRow(org, new UserId(recipient), Alerts.BreakGlassKind, Alerts.BreakGlassReviewResource, review.Id, now)));
        await db.SaveChangesAsync(ct);
        return Result<BreakGlassReview>.Ok(AccessRowMapping.ToDomain(review));
    }

    /// <summary>The organisation's break-glass accesses not yet reviewed, oldest first.</summary>
    public async Task<IReadOnlyList<BreakGlassReview>> OpenReviewsAsync(OrganisationId org, CancellationToken ct = default) =>
        (await db.BreakGlassReviews.AsNoTracking().Where(r => r.OrganisationId == org.Value && r.ReviewedAt == null).ToListAsync(ct))
            .OrderBy(r => r.OpenedAt).ThenBy(r => r.Id).Select(AccessRowMapping.ToDomain).ToList();

    /// <summary>Records the outcome of a review; the person who broke the glass cannot review it.</summary>
    public async Task<Result<BreakGlassReview>> CompleteReviewAsync(
        OrganisationId org, BreakGlassReviewId id, UserId reviewer, BreakGlassOutcome outcome, CancellationToken ct = default)
    {
        var row = await db.BreakGlassReviews.FirstOrDefaultAsync(r => r.Id == id.Value && r.OrganisationId == org.Value, ct);
        var v = new Validator()
            .When(row is null, "id", "not_found", $"There is no break-glass review {id} in this organisation.")
            .When(!Enum.IsDefined(outcome), "outcome", "unknown", "Say whether the emergency access was justified or not.");
        await Accounts.RequireEnabledAsync(db, org, reviewer, "reviewedBy", "reviewer", v, ct);
        if (row is not null)
        {
            v.When(row.UserId == reviewer.Value, "reviewedBy", "own_access", "Nobody can review their own emergency access; another person must.")
                .When(row.ReviewedAt is not null, "id", "already_reviewed", $"This break-glass access was already reviewed on {row.ReviewedAt:d MMMM yyyy}.");
        }

        if (v.HasErrors)
        {
            return Result<BreakGlassReview>.Fail(v.Errors);
        }

        (row!.ReviewedBy, row.ReviewedAt, row.Outcome) = (reviewer.Value, time.GetUtcNow(), StoredNames<BreakGlassOutcome>.Name(outcome));
        await db.SaveChangesAsync(ct);
        return Result<BreakGlassReview>.Ok(AccessRowMapping.ToDomain(row));
    }
}
