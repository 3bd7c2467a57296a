using Confide.Core.Common;
using Confide.Core.Organisations;
using Confide.Core.Sharing;
using Confide.Core.Staff;
using Confide.Data.Records;
using Microsoft.EntityFrameworkCore;

namespace Confide.Data.Sharing;

/// <summary>
/// The organisation's agency register (C5, SUF-22): the only recipients a share can go to. Entries are added,
/// edited, dated when their data-protection arrangements are checked, and retired (never deleted: past decisions
/// name them).
/// </summary>
public sealed class AgencyRegister(ConfideDbContext db, TimeProvider time) : IAgencyDirectory
{
    public async Task<Agency?> FindAsync(OrganisationId organisation, Guid agencyId, CancellationToken ct = default)
    {
        var row = await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == agencyId && a.OrganisationId == organisation.Value, ct);
        return row is null ? null : SharingRowMapping.ToDomain(row);
    }

    public async Task<IReadOnlyList<Agency>> ListAsync(OrganisationId organisation, CancellationToken ct = default) =>
        (await db.Agencies.AsNoTracking().Where(a => a.OrganisationId == organisation.Value).ToListAsync(ct))
            .Select(SharingRowMapping.ToDomain).OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ToList();

    public async Task<Result<Agency>> AddAsync(OrganisationId organisation, AgencyDetails details, UserId by, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        var errors = await CheckAsync(organisation, details, null, ct);
        if (errors.Count > 0)
        {
            return Result<Agency>.Fail(errors);
        }

        var d = details.Trimmed();
        var now = time.GetUtcNow();
        var row = new AgencyRow
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = organisation.Value,
            Name = d.Name,
            Category = SharingRowMapping.Code(d.Category),
            LegitimateInterest = d.LegitimateInterest,
            SharingAgreement = d.SharingAgreement,
            AppropriateAuthority = d.AppropriateAuthority,
            CreatedBy = by.Value,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Agencies.Add(row);
        await db.SaveChangesAsync(ct);
        return Result<Agency>.Ok(SharingRowMapping.ToDomain(row));
    }

    public async Task<Result<Agency>> EditAsync(OrganisationId organisation, Guid id, AgencyDetails details, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        var errors = await CheckAsync(organisation, details, id, ct);
        return errors.Count > 0 ? Result<Agency>.Fail(errors) : await ChangeAsync(organisation, id, row =>
        {
            var d = details.Trimmed();
            row.Name = d.Name;
            row.Category = SharingRowMapping.Code(d.Category);
            row.LegitimateInterest = d.LegitimateInterest;
            row.SharingAgreement = d.SharingAgreement;
            row.AppropriateAuthority = d.AppropriateAuthority;
            return null;
        }, ct);
    }

    /// <summary>Records the day the agency's data-protection arrangements were checked (not in the future).</summary>
    public Task<Result<Agency>> MarkCheckedAsync(OrganisationId organisation, Guid id, DateOnly on, CancellationToken ct = default) =>
        ChangeAsync(organisation, id, row =>
        {
            if (on > Today)
            {
                return new ValidationError("checkedOn", "agency.checked_in_future", "The date the arrangements were checked cannot be in the future.");
            }

            if (row.RetiredOn is not null)
            {
                return new ValidationError("agencyId", "agency.retired", "This agency is retired; put a new entry on the register instead.");
            }

            row.DataProtectionCheckedOn = on;
            return null;
        }, ct);

    /// <summary>Takes the agency off the register from today: nothing new can be shared with it.</summary>
    public Task<Result<Agency>> RetireAsync(OrganisationId organisation, Guid id, CancellationToken ct = default) =>
        ChangeAsync(organisation, id, row =>
        {
            if (row.RetiredOn is { } retired)
            {
                return new ValidationError("agencyId", "agency.retired", $"This agency was already retired on {retired:d MMMM yyyy}.");
            }

            row.RetiredOn = Today;
            return null;
        }, ct);

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private async Task<Result<Agency>> ChangeAsync(OrganisationId organisation, Guid id, Func<AgencyRow, ValidationError?> change, CancellationToken ct)
    {
        var row = await db.Agencies.FirstOrDefaultAsync(a => a.Id == id && a.OrganisationId == organisation.Value, ct);
        if (row is null)
        {
            return Result<Agency>.Fail("agencyId", "not_found", "There is no such agency on this organisation's register.");
        }

        if (change(row) is { } error)
        {
            return Result<Agency>.Fail([error]);
        }

        row.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return Result<Agency>.Ok(SharingRowMapping.ToDomain(row));
    }

    private async Task<IReadOnlyList<ValidationError>> CheckAsync(OrganisationId organisation, AgencyDetails details, Guid? self, CancellationToken ct)
    {
        var errors = details.Validate().ToList();
        if (errors.Count == 0)
        {
            var name = details.Name.Trim().ToLowerInvariant();
            var names = await db.Agencies.AsNoTracking()
                .Where(a => a.OrganisationId == organisation.Value && a.RetiredOn == null && a.Id != self)
                .Select(a => a.Name).ToListAsync(ct);
            if (names.Any(n => n.ToLowerInvariant() == name))
            {
                errors.Add(new ValidationError("name", "agency.duplicate", $"{details.Name.Trim()} is already on the register."));
            }
        }

        return errors;
    }
}
