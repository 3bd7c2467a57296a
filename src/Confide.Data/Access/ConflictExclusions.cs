using Confide.Core.Common;
using Confide.Core.Organisations;
using Confide.Core.Staff;
using Confide.Data.Records;
using Microsoft.EntityFrameworkCore;

namespace Confide.Data.Access;

/// <summary>
/// Conflict-of-interest exclusions (CFS-34, CFS-36): while one is in force the person does not see the family or
/// personnel file anywhere, search included, whatever their role. Lifting keeps the record.
/// </summary>
public sealed class ConflictExclusions(ConfideDbContext db, TimeProvider time)
{
    /// <summary>Excludes <paramref name="excluded"/> from <paramref name="target"/>, as declared by <paramref name="declaredBy"/>.</summary>
    public async Task<Result<ConflictExclusion>> DeclareAsync(OrganisationId org, UserId excluded, ExclusionTarget target, UserId declaredBy, CancellationToken ct = default)
    {
        var v = new Validator();
        var person = await Accounts.FindAsync(db, org, excluded, ct);
        v.When(!person.Exists, "userId", "not_found", $"The person to exclude ({excluded}) is not an account of this organisation.");
        await Accounts.RequireEnabledAsync(db, org, declaredBy, "declaredBy", "person recording the declaration", v, ct);
        switch (target.Kind)
        {
            case ResourceKinds.Family:
                v.When(!await db.Families.AnyAsync(f => f.Id == target.Id && f.OrganisationId == org.Value, ct),
                    "target", "not_found", $"There is no family file {target.Id} in this organisation.");
                break;
            case ResourceKinds.Personnel:
                v.When(!(await Accounts.FindAsync(db, org, new UserId(target.Id), ct)).Exists,
                    "target", "not_found", $"There is no personnel file for {target.Id} in this organisation.");
                v.When(target.Id == excluded.Value, "target", "self", "A person cannot be excluded from their own personnel file.");
                break;
            default:
                v.Add("target", "unknown_kind", "An exclusion is from a family file or a personnel file.");
                break;
        }

        if (!v.HasErrors && await Active(excluded, target).AnyAsync(ct))
        {
            v.Add("target", "duplicate", "This person is already excluded from this file; the exclusion in force stands.");
        }

        if (v.HasErrors)
        {
            return Result<ConflictExclusion>.Fail(v.Errors);
        }

        var row = new ConflictExclusionRow
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = org.Value,
            UserId = excluded.Value,
            ResourceKind = target.Kind,
            ResourceId = target.Id,
            DeclaredBy = declaredBy.Value,
            DeclaredAt = time.GetUtcNow(),
        };
        db.ConflictExclusions.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another declaration of the same exclusion may have won the race: the partial unique index refused this one.
            db.ChangeTracker.Clear();
            if (!await Active(excluded, target).AnyAsync(CancellationToken.None))
            {
                throw;
            }

            return Result<ConflictExclusion>.Fail("target", "duplicate", "This person is already excluded from this file; the exclusion in force stands.");
        }

        return Result<ConflictExclusion>.Ok(AccessRowMapping.ToDomain(row));
    }

    /// <summary>Lifts an exclusion in force; the person excluded cannot lift it themselves.</summary>
    public async Task<Result<ConflictExclusion>> LiftAsync(OrganisationId org, ExclusionId id, UserId liftedBy, CancellationToken ct = default)
    {
        var row = await db.ConflictExclusions.FirstOrDefaultAsync(e => e.Id == id.Value && e.OrganisationId == org.Value, ct);
        var v = new Validator().When(row is null, "id", "not_found", $"There is no exclusion {id} in this organisation.");
        await Accounts.RequireEnabledAsync(db, org, liftedBy, "liftedBy", "person lifting the exclusion", v, ct);
        if (row is not null)
        {
            v.When(row.LiftedAt is not null, "id", "already_lifted", $"This exclusion was already lifted on {row.LiftedAt:d MMMM yyyy}.")
                .When(row.UserId == liftedBy.Value, "liftedBy", "self", "Nobody can lift their own exclusion; their line manager decides.");
        }

        if (v.HasErrors)
        {
            return Result<ConflictExclusion>.Fail(v.Errors);
        }

        (row!.LiftedAt, row.LiftedBy) = (time.GetUtcNow(), liftedBy.Value);
        await db.SaveChangesAsync(ct);
        return Result<ConflictExclusion>.Ok(AccessRowMapping.ToDomain(row));
    }

    /// <summary>Every exclusion of the organisation, in force and lifted, newest first.</summary>
    public async Task<IReadOnlyList<ConflictExclusion>> ListAsync(OrganisationId org, CancellationToken ct = default) =>
        (await db.ConflictExclusions.AsNoTracking().Where(e => e.OrganisationId == org.Value).ToListAsync(ct))
            .OrderByDescending(e => e.DeclaredAt).ThenByDescending(e => e.Id).Select(AccessRowMapping.ToDomain).ToList();

    private IQueryable<ConflictExclusionRow> Active(UserId excluded, ExclusionTarget target) =>
        db.ConflictExclusions.AsNoTracking().Where(e =>
            e.UserId == excluded.Value && e.ResourceKind == target.Kind && e.ResourceId == target.Id && e.LiftedAt == null);
}
