using Confide.Core.Access;
using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Staff;
using Confide.Data.Records;
using Microsoft.EntityFrameworkCore;

namespace Confide.Data.Access;

/// <summary>
/// Time-limited grants of read access to named family files: a trustee's spot-check, an external auditor's sample,
/// a contractor's incidental access. Each call validates everything first and writes in one transaction, or not at all.
/// </summary>
public sealed class AccessGrants(ConfideDbContext db, TimeProvider time)
{
    public const int MaxFiles = 50;
    public const int MaxDays = 90;
    public const int MinPurposeLength = 3;
    public const int MaxPurposeLength = 200;

    /// <summary>The longest sitting a coordinator can attest being present for.</summary>
    public static readonly TimeSpan MaxSitting = TimeSpan.FromHours(8);

    /// <summary>One grant of <see cref="ListAsync"/>, with the files it names.</summary>
    public sealed record Listing(AccessGrant Grant, IReadOnlyList<FamilyId> Files);

    /// <summary>The role a grantee must hold for each kind of grant.</summary>
    public static Role RoleFor(GrantKind kind) => kind switch
    {
        GrantKind.TrusteeSpotCheck => Role.Trustee,
        GrantKind.AuditorSample => Role.ExternalAuditor,
        GrantKind.ContractorIncidental => Role.Contractor,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of grant."),
    };

    public async Task<Result<AccessGrant>> IssueAsync(OrganisationId org, GrantRequest request, UserId issuedBy, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var files = (request.Files ?? []).Distinct().ToList();
        var purpose = request.Purpose?.Trim() ?? "";
        var (from, until) = (request.ValidFrom.ToUniversalTime(), request.ValidUntil.ToUniversalTime());
        var v = new Validator()
            .When(!Enum.IsDefined(request.Kind), "kind", "unknown", "Choose the kind of grant: a trustee spot-check, an auditor's sample or a contractor's incidental access.")
            .When(files.Count == 0, "files", "required", "Name at least one family file the grant is for.")
            .When(files.Count > MaxFiles, "files", "too_many", $"A grant names at most {MaxFiles} files (this one names {files.Count}); issue several grants or narrow the sample.")
            .When(until <= from, "validUntil", "before_start", "The grant must end after it starts.")
            .When(until > from.AddDays(MaxDays), "validUntil", "too_long", $"A grant lasts at most {MaxDays} days; shorten it or issue a new one later.")
            .When(purpose.Length < MinPurposeLength, "purpose", "too_short", $"Say why the grant is needed, in at least {MinPurposeLength} characters (no names).")
            .When(purpose.Length > MaxPurposeLength, "purpose", "too_long", $"The purpose must be {MaxPurposeLength} characters or fewer (it has {purpose.Length}).")
            .When(request.GranteeId == issuedBy, "granteeId", "self", "Nobody can issue a grant to themselves; ask another person to issue it.");
        await Accounts.RequireEnabledAsync(db, org, issuedBy, "issuedBy", "person issuing the grant", v, ct);
        var grantee = await Accounts.RequireEnabledAsync(db, org, request.GranteeId, "granteeId", "grantee", v, ct);
        if (grantee.Enabled && Enum.IsDefined(request.Kind) && !grantee.Roles.Contains(RoleFor(request.Kind)))
        {
            v.Add("granteeId", "wrong_role", $"A {Describe(request.Kind)} can only be given to someone with the {RoleFor(request.Kind).Name()} role.");
        }

        if (files.Count is > 0 and <= MaxFiles)
        {
            var raw = files.Select(f => f.Value).ToList();
            var found = (await db.Families.AsNoTracking().Where(f => f.OrganisationId == org.Value && raw.Contains(f.Id)).Select(f => f.Id).ToListAsync(ct)).ToHashSet();
            for (var i = 0; i < files.Count; i++)
            {
                v.When(!found.Contains(files[i].Value), $"files[{i}]", "not_found", $"There is no family file {files[i]} in this organisation.");
            }
        }

        if (v.HasErrors)
        {
            return Result<AccessGrant>.Fail(v.Errors);
        }

        var row = new AccessGrantRow
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = org.Value,
            Kind = StoredNames<GrantKind>.Name(request.Kind),
            GranteeId = request.GranteeId.Value,
            IssuedBy = issuedBy.Value,
            ValidFrom = from,
            ValidUntil = until,
            Purpose = purpose,
            CreatedAt = time.GetUtcNow(),
        };
        db.AccessGrants.Add(row);
        db.AccessGrantFiles.AddRange(files.Select(f => new AccessGrantFileRow { GrantId = row.Id, FamilyId = f.Value }));
        await db.SaveChangesAsync(ct);
        return Result<AccessGrant>.Ok(AccessRowMapping.ToDomain(row));
    }

    /// <summary>Ends a grant now; revoking one already revoked changes nothing.</summary>
    public async Task<Result<AccessGrant>> RevokeAsync(OrganisationId org, GrantId id, UserId by, CancellationToken ct = default)
    {
        var v = new Validator();
        var row = await FindAsync(org, id, v, ct);
        await Accounts.RequireEnabledAsync(db, org, by, "revokedBy", "person revoking the grant", v, ct);
        if (v.HasErrors)
        {
            return Result<AccessGrant>.Fail(v.Errors);
        }

        if (row!.RevokedAt is null)
        {
            (row.RevokedAt, row.RevokedBy) = (time.GetUtcNow(), by.Value);
            await db.SaveChangesAsync(ct);
        }

        return Result<AccessGrant>.Ok(AccessRowMapping.ToDomain(row));
    }

    /// <summary>
    /// Records that <paramref name="coordinator"/> is present, from now for <paramref name="sitting"/>, while the external
    /// auditor reads the sample (WIR-39). A new attestation replaces the last.
    /// </summary>
    public async Task<Result<AccessGrant>> AttestPresenceAsync(OrganisationId org, GrantId id, UserId coordinator, TimeSpan sitting, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var v = new Validator()
            .When(sitting <= TimeSpan.Zero, "sitting", "required", "Say how long the sitting lasts.")
            .When(sitting > MaxSitting, "sitting", "too_long", $"A sitting lasts at most {MaxSitting.TotalHours:0} hours; attest again for the next one.");
        var row = await FindAsync(org, id, v, ct);
        var facts = await Accounts.RequireEnabledAsync(db, org, coordinator, "coordinatorId", "coordinator", v, ct);
        v.When(facts.Enabled && !facts.Roles.Contains(Role.Coordinator), "coordinatorId", "wrong_role", "Only a coordinator can attest being present while an auditor reads files.");
        if (row is not null)
        {
            v.When(row.Kind != StoredNames<GrantKind>.Name(GrantKind.AuditorSample), "id", "wrong_kind", "A coordinator's presence is attested only for an external auditor's sample.")
                .When(row.GranteeId == coordinator.Value, "coordinatorId", "self", "The auditor cannot attest their own supervision; another coordinator must.")
                .When(!AccessRowMapping.ToDomain(row).IsActiveAt(now), "id", "not_active", "This grant is not in force (not started, ended or revoked).");
        }

        if (v.HasErrors)
        {
            return Result<AccessGrant>.Fail(v.Errors);
        }

        (row!.PresenceCoordinatorId, row.PresenceAttestedAt, row.PresenceUntil) = (coordinator.Value, now, now + sitting);
        await db.SaveChangesAsync(ct);
        return Result<AccessGrant>.Ok(AccessRowMapping.ToDomain(row));
    }

    /// <summary>Records that the contractor signed the confidentiality undertaking, now; recording it again changes nothing.</summary>
    public async Task<Result<AccessGrant>> RecordUndertakingAsync(OrganisationId org, GrantId id, UserId recordedBy, CancellationToken ct = default)
    {
        var v = new Validator();
        var row = await FindAsync(org, id, v, ct);
        await Accounts.RequireEnabledAsync(db, org, recordedBy, "recordedBy", "person recording the undertaking", v, ct);
        if (row is not null)
        {
            v.When(row.Kind != StoredNames<GrantKind>.Name(GrantKind.ContractorIncidental), "id", "wrong_kind", "An undertaking is recorded only for a contractor's grant.")
                .When(row.GranteeId == recordedBy.Value, "recordedBy", "self", "The contractor cannot record their own undertaking; a member of staff must.")
                .When(row.RevokedAt is not null, "id", "revoked", "This grant was revoked; issue a new one.");
        }

        if (v.HasErrors)
        {
            return Result<AccessGrant>.Fail(v.Errors);
        }

        if (row!.UndertakingSignedAt is null)
        {
            (row.UndertakingSignedAt, row.UndertakingRecordedBy) = (time.GetUtcNow(), recordedBy.Value);
            await db.SaveChangesAsync(ct);
        }

        return Result<AccessGrant>.Ok(AccessRowMapping.ToDomain(row));
    }

    /// <summary>Every grant of the organisation, newest first, with the files each names (two queries).</summary>
    public async Task<IReadOnlyList<Listing>> ListAsync(OrganisationId org, CancellationToken ct = default)
    {
        var rows = await db.AccessGrants.AsNoTracking().Where(g => g.OrganisationId == org.Value).ToListAsync(ct);
        var files = (await (from f in db.AccessGrantFiles.AsNoTracking()
                            join g in db.AccessGrants on f.GrantId equals g.Id
                            where g.OrganisationId == org.Value
                            select f).ToListAsync(ct)).ToLookup(f => f.GrantId, f => new FamilyId(f.FamilyId));
        return rows.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Select(r => new Listing(AccessRowMapping.ToDomain(r), files[r.Id].ToList())).ToList();
    }

    /// <summary>The files named by grants to <paramref name="grantee"/> that are in force at <paramref name="at"/> (the grantee's caseload).</summary>
    public async Task<IReadOnlyList<FamilyId>> FilesGrantedToAsync(OrganisationId org, UserId grantee, DateTimeOffset at, CancellationToken ct = default)
    {
        // SQLite cannot compare DateTimeOffset columns, so the few grants of one person are checked here.
        var grants = await db.AccessGrants.AsNoTracking().Where(g => g.OrganisationId == org.Value && g.GranteeId == grantee.Value).ToListAsync(ct);
        var active = grants.Where(g => AccessRowMapping.ToDomain(g).IsActiveAt(at)).Select(g => g.Id).ToList();
        if (active.Count == 0)
        {
            return [];
        }

        var files = await db.AccessGrantFiles.AsNoTracking().Where(f => active.Contains(f.GrantId)).Select(f => f.FamilyId).Distinct().ToListAsync(ct);
        return files.Select(f => new FamilyId(f)).ToList();
    }

    private async Task<AccessGrantRow?> FindAsync(OrganisationId org, GrantId id, Validator v, CancellationToken ct)
    {
        var row = await db.AccessGrants.FirstOrDefaultAsync(g => g.Id == id.Value && g.OrganisationId == org.Value, ct);
        v.When(row is null, "id", "not_found", $"There is no grant {id} in this organisation.");
        return row;
    }

    private static string Describe(GrantKind kind) => kind switch
    {
        GrantKind.TrusteeSpotCheck => "trustee's spot-check",
        GrantKind.AuditorSample => "auditor's sample",
        _ => "contractor's incidental access",
    };
}
