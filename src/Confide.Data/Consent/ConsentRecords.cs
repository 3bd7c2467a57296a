using Confide.Core.Common;
using Confide.Core.Consent;
using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Sharing;
using Confide.Core.Staff;
using Confide.Data.Families;
using Confide.Data.Records;
using Microsoft.EntityFrameworkCore;

namespace Confide.Data.Consent;

/// <summary>
/// Records privacy-notice explanations, agreements to receive support and consents on a family's file, and their
/// withdrawal. Each action is validated in full first and written with one SaveChanges: nothing is half-written.
/// </summary>
public sealed class ConsentRecords(ConfideDbContext db, FamilyRecords families, OrganisationConsentRules rules, IAgencyDirectory agencies, TimeProvider time)
{
    /// <summary>The family's consent file; null when there is no such family in the organisation.</summary>
    public async Task<ConsentFile?> ListAsync(OrganisationId org, FamilyId family, CancellationToken ct = default)
    {
        if (!await FamilyExistsAsync(org, family, ct))
        {
            return null;
        }

        using var cipher = await families.CipherAsync(family.Value, ct);
        var notices = await db.PrivacyNoticeExplanations.AsNoTracking().Where(p => p.FamilyId == family.Value && p.OrganisationId == org.Value).ToListAsync(ct);
        var agreements = await db.ServiceAgreements.AsNoTracking().Where(a => a.FamilyId == family.Value && a.OrganisationId == org.Value).ToListAsync(ct);
        var consents = await db.Consents.AsNoTracking().Where(c => c.FamilyId == family.Value && c.OrganisationId == org.Value).ToListAsync(ct);
        return new ConsentFile(
            notices.Select(n => ConsentRowMapping.ToDomain(n, cipher)).OrderBy(n => n.ExplainedOn).ThenBy(n => n.RecordedAt).ToList(),
            agreements.Select(ConsentRowMapping.ToDomain).OrderBy(a => a.AgreedOn).ThenBy(a => a.RecordedAt).ToList(),
            consents.Select(c => ConsentRowMapping.ToDomain(c, cipher)).OrderBy(c => c.GivenOn).ThenBy(c => c.RecordedAt).ToList());
    }

    public async Task<Result<PrivacyNoticeExplanation>> RecordNoticeAsync(OrganisationId org, FamilyId family, UserId by, PrivacyNoticeDetails details, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (!await FamilyExistsAsync(org, family, ct))
        {
            return NotFound<PrivacyNoticeExplanation>();
        }

        var staff = details.ExplainedBy is { } e && await IsStaffAsync(org, e, ct);
        var notice = PrivacyNoticeExplanation.Create(family, details, staff, by, time.GetUtcNow());
        if (!notice.Succeeded)
        {
            return notice;
        }

        using var cipher = await families.CipherAsync(family.Value, ct);
        db.PrivacyNoticeExplanations.Add(ConsentRowMapping.ToRow(notice.Value, org, cipher));
        await db.SaveChangesAsync(ct);
        return notice;
    }

    public async Task<Result<ServiceAgreement>> RecordAgreementAsync(OrganisationId org, FamilyId family, UserId by, DateOnly? agreedOn, CancellationToken ct = default)
    {
        if (!await FamilyExistsAsync(org, family, ct))
        {
            return NotFound<ServiceAgreement>();
        }

        var agreement = ServiceAgreement.Create(family, agreedOn, by, time.GetUtcNow());
        if (agreement.Succeeded)
        {
            db.ServiceAgreements.Add(ConsentRowMapping.ToRow(agreement.Value, org));
            await db.SaveChangesAsync(ct);
        }

        return agreement;
    }

    public async Task<Result<ConsentRecord>> RecordConsentAsync(OrganisationId org, FamilyId family, UserId by, ConsentDetails details, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        var file = await families.GetAsync(org, family, ct);
        if (file is null)
        {
            return NotFound<ConsentRecord>();
        }

        var agency = details.AgencyId is { } a ? await agencies.FindAsync(org, a, ct) : null;
        var witness = details.Witness is { } w && await IsStaffAsync(org, w, ct);
        var context = new ConsentContext(file.Family, await rules.ForAsync(org, ct), agency, witness, by, time.GetUtcNow());
        var consent = ConsentRecord.Create(details, context);
        if (!consent.Succeeded)
        {
            return consent;
        }

        using var cipher = await families.CipherAsync(family.Value, ct);
        db.Consents.Add(ConsentRowMapping.ToRow(consent.Value, org, cipher));
        await db.SaveChangesAsync(ct);
        return consent;
    }

    /// <summary>Adds the withdrawal to a consent; from its date the consent covers no share.</summary>
    public async Task<Result<ConsentRecord>> WithdrawAsync(OrganisationId org, FamilyId family, ConsentId id, UserId by, DateOnly? on, string? howTold, CancellationToken ct = default)
    {
        var row = await db.Consents.FirstOrDefaultAsync(c => c.Id == id.Value && c.FamilyId == family.Value && c.OrganisationId == org.Value, ct);
        if (row is null)
        {
            return Result<ConsentRecord>.Fail("consentId", "not_found", "There is no such consent on this family's file.");
        }

        using var cipher = await families.CipherAsync(family.Value, ct);
        var withdrawn = ConsentRowMapping.ToDomain(row, cipher).Withdraw(on, by, howTold, time.GetUtcNow());
        if (!withdrawn.Succeeded)
        {
            return withdrawn;
        }

        var updated = ConsentRowMapping.ToRow(withdrawn.Value, org, cipher);
        row.WithdrawnOn = updated.WithdrawnOn;
        row.WithdrawnBy = updated.WithdrawnBy;
        row.WithdrawalHow = updated.WithdrawalHow;
        row.WithdrawalRecordedAt = updated.WithdrawalRecordedAt;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another withdrawal of the same consent won the race; the database allows only one.
            db.ChangeTracker.Clear();
            return Result<ConsentRecord>.Fail("consentId", "consent.already_withdrawn", $"{ConsentWording.Describe(withdrawn.Value)} has just been withdrawn by someone else.");
        }

        return withdrawn;
    }

    private Task<bool> FamilyExistsAsync(OrganisationId org, FamilyId family, CancellationToken ct) =>
        db.Families.AnyAsync(f => f.Id == family.Value && f.OrganisationId == org.Value, ct);

    // A witness or explainer is paid staff: an active account of the organisation with a staff role (not a
    // volunteer, trustee, auditor or contractor alone).
    private static readonly string[] StaffRoles = Enum.GetValues<Role>().Where(r => r.IsPaidStaff()).Select(r => r.Name()).ToArray();

    private Task<bool> IsStaffAsync(OrganisationId org, UserId user, CancellationToken ct) =>
        db.Users.AnyAsync(u => u.Id == user.Value && u.OrganisationId == org.Value && u.DisabledAt == null
            && db.StaffRoles.Any(r => r.UserId == u.Id && StaffRoles.Contains(r.Role)), ct);

    private static Result<T> NotFound<T>() => Result<T>.Fail("familyId", "not_found", "There is no such family in this organisation.");
}
