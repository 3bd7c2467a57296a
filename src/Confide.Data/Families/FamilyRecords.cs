using System.Data;
using System.Data.Common;
using Confide.Core.Access;
using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Staff;
using Confide.Data.Access;
using Confide.Data.Crypto;
using Confide.Data.Keys;
using Confide.Data.Records;
using Confide.Data.Staff;
using Confide.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Confide.Data.Families;

/// <summary>
/// Opens, reads and searches family files. Every query is scoped to one organisation: a family of another
/// organisation is simply not found. Access decisions are the caller's, through <see cref="IAccessPolicy"/>,
/// using <see cref="GetRelationshipsAsync"/>.
/// </summary>
public sealed class FamilyRecords(ConfideDbContext db, FamilyKeyRing keys, TimeProvider time, SqlitePreparedReads? prepared = null)
{
    /// <summary>Opens a family file from a referral. Nothing is written unless the family, the referral and the coordinator are all valid.</summary>
    public async Task<Result<FamilyFile>> OpenAsync(OrganisationId org, UserId recordedBy, FamilyDetails details, ReferralDetails referralDetails, UserId? coordinator, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var opened = Family.Open(org, "pending", details, now, coordinator);
        var referral = Referral.Accept(opened.Succeeded ? opened.Value.Id : FamilyId.New(), referralDetails, now);
        var v = new Validator().Merge("", opened.Errors).Merge("referral", referral.Errors);
        if (coordinator is { } c && !await StaffDirectory.HasRoleAsync(db, org, c, Role.Coordinator, ct))
        {
            v.Add("coordinator", "not_coordinator", "The assigned coordinator must be an active coordinator of this organisation.");
        }

        if (v.HasErrors)
        {
            return Result<FamilyFile>.Fail(v.Errors);
        }

        var family = opened.Value with { Reference = await NextReferenceAsync(org, ct) };
        var key = await keys.CreateFamilyKeyAsync(org.Value, family.Id.Value, ct);
        try
        {
            using var cipher = new FieldCipher(key, family.Id.Value);
            var index = new BlindIndex(await keys.GetOrganisationKeyAsync(org.Value, FamilyKeyRing.BlindIndexPurpose, ct));
            AddNewFile(db, family, referral.Value, recordedBy, cipher, index);
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            db.ChangeTracker.Clear();
            await keys.ForgetUnusedFamilyKeyAsync(family.Id.Value, CancellationToken.None);
            throw;
        }

        return Result<FamilyFile>.Ok(new FamilyFile(family, [referral.Value], [], [], []));
    }

    /// <summary>The whole file, decrypted; null when no such family exists in this organisation.</summary>
    public async Task<FamilyFile?> GetAsync(OrganisationId org, FamilyId id, CancellationToken ct = default)
    {
        // Five queries on one connection, opened once (EF would otherwise open and close it around each).
        await using var held = await HoldConnectionAsync(ct);
        var row = await db.Families.AsNoTracking().Include(f => f.Members)
            .FirstOrDefaultAsync(f => f.Id == id.Value && f.OrganisationId == org.Value, ct);
        if (row is null)
        {
            return null;
        }

        using var cipher = await CipherAsync(id.Value, ct);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var referrals = await db.Referrals.AsNoTracking().Where(r => r.FamilyId == id.Value).OrderBy(r => r.ReferredOn).ToListAsync(ct);
        var episodes = await db.SupportEpisodes.AsNoTracking().Where(r => r.FamilyId == id.Value).OrderBy(r => r.StartedOn).ToListAsync(ct);
        var matches = await db.VolunteerMatches.AsNoTracking().Where(r => r.FamilyId == id.Value).OrderBy(r => r.StartedOn).ToListAsync(ct);
        var notes = await db.Notes.AsNoTracking().Where(r => r.FamilyId == id.Value).ToListAsync(ct);
        return new FamilyFile(
            RowMapping.ToDomain(row, cipher, today),
            referrals.Select(r => RowMapping.ToDomain(r, cipher)).ToList(),
            episodes.Select(RowMapping.ToDomain).ToList(),
            matches.Select(RowMapping.ToDomain).ToList(),
            notes.OrderBy(n => n.ContactOn).ThenBy(n => n.CreatedAt).Select(n => RowMapping.ToDomain(n, cipher)).ToList());
    }

    /// <summary>
    /// Keeps this context's connection open until the result is disposed, so that several queries (an opening's
    /// access facts and then the file) share one opening of it. Nests: only the outermost hold closes it.
    /// </summary>
    public async Task<IAsyncDisposable> HoldConnectionAsync(CancellationToken ct = default)
    {
        await db.Database.OpenConnectionAsync(ct);
        return new HeldConnection(db);
    }

    private sealed class HeldConnection(ConfideDbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await db.Database.CloseConnectionAsync();
    }

    /// <summary>
    /// The facts the access policy needs about a file, without decrypting anything: coordinator, matches, exclusions in
    /// force and every grant naming it; null when not found.
    /// </summary>
    public async Task<FileRelationships?> GetRelationshipsAsync(OrganisationId org, FamilyId id, CancellationToken ct = default) =>
        (await GetRelationshipsAsync(org, [id], ct)).SingleOrDefault();

    /// <summary>
    /// Everything the access policy weighs to let <paramref name="asking"/> open one file, in one query: the file's
    /// relationships (coordinator, matches, conflict exclusions, grants) and the newest reason <paramref name="asking"/>
    /// gave for it (whether it still holds is for the caller to judge by the clock). Null when no such family exists
    /// in this organisation.
    /// </summary>
    public async Task<(FileRelationships Relationships, AccessSession? LatestSession)?> GetAccessFactsAsync(
        OrganisationId org, FamilyId id, UserId asking, CancellationToken ct = default)
    {
        // Plain SQL, five statements in one round trip: this runs before every opening of a file, and EF's
        // materialisation of a five-way collection query cost more than the rest of the decision (docs/benchmarks.md).
        // On SQLite the statements are kept prepared on a connection of their own (SqlitePreparedReads), unless this
        // context is inside a transaction whose writes the facts must see.
        var postgres = db.Database.IsNpgsql();
        if (!postgres && prepared is not null && db.Database.CurrentTransaction is null)
        {
            using var lease = prepared.Rent();
            var kept = lease.Command(AccessFactsSql, "@family", "@org", "@user");
            kept.Parameters[0].Value = SqliteId(id.Value);
            kept.Parameters[1].Value = SqliteId(org.Value);
            kept.Parameters[2].Value = SqliteId(asking.Value);
            await using var reader = await kept.ExecuteReaderAsync(ct);
            return await ReadAccessFactsAsync(reader, org, id, asking, ct);
        }

        var connection = db.Database.GetDbConnection();
        await using var held = await HoldConnectionAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = AccessFactsSql;
        AddParameter(cmd, "@family", postgres, id.Value);
        AddParameter(cmd, "@org", postgres, org.Value);
        AddParameter(cmd, "@user", postgres, asking.Value);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await ReadAccessFactsAsync(r, org, id, asking, ct);
    }

    private static async Task<(FileRelationships Relationships, AccessSession? LatestSession)?> ReadAccessFactsAsync(
        DbDataReader r, OrganisationId org, FamilyId id, UserId asking, CancellationToken ct)
    {
        if (!await r.ReadAsync(ct))
        {
            return null;
        }

        var coordinator = r.IsDBNull(0) ? (UserId?)null : new UserId(r.GetFieldValue<Guid>(0));
        var matches = new List<VolunteerMatch>();
        await r.NextResultAsync(ct);
        while (await r.ReadAsync(ct))
        {
            matches.Add(RowMapping.ToDomain(new VolunteerMatchRow
            {
                Id = r.GetFieldValue<Guid>(0),
                FamilyId = id.Value,
                OrganisationId = org.Value,
                VolunteerId = r.GetFieldValue<Guid>(1),
                StartedOn = r.GetFieldValue<DateOnly>(2),
                EndedOn = r.IsDBNull(3) ? null : r.GetFieldValue<DateOnly>(3),
            }));
        }

        var excluded = new HashSet<UserId>();
        await r.NextResultAsync(ct);
        while (await r.ReadAsync(ct))
        {
            excluded.Add(new UserId(r.GetFieldValue<Guid>(0)));
        }

        var grants = new List<AccessGrant>();
        await r.NextResultAsync(ct);
        while (await r.ReadAsync(ct))
        {
            grants.Add(AccessRowMapping.ToDomain(new AccessGrantRow
            {
                Id = r.GetFieldValue<Guid>(0),
                OrganisationId = org.Value,
                Kind = r.GetString(1),
                GranteeId = r.GetFieldValue<Guid>(2),
                IssuedBy = r.GetFieldValue<Guid>(3),
                ValidFrom = r.GetFieldValue<DateTimeOffset>(4),
                ValidUntil = r.GetFieldValue<DateTimeOffset>(5),
                Purpose = r.GetString(6),
                RevokedAt = NullableTime(r, 7),
                UndertakingSignedAt = NullableTime(r, 8),
                PresenceCoordinatorId = r.IsDBNull(9) ? null : r.GetFieldValue<Guid>(9),
                PresenceAttestedAt = NullableTime(r, 10),
                PresenceUntil = NullableTime(r, 11),
            }));
        }

        AccessSession? session = null;
        await r.NextResultAsync(ct);
        if (await r.ReadAsync(ct))
        {
            session = AccessRowMapping.ToDomain(new AccessSessionRow
            {
                Id = r.GetFieldValue<Guid>(0),
                OrganisationId = org.Value,
                UserId = asking.Value,
                ResourceKind = ResourceKinds.Family,
                ResourceId = id.Value,
                Purpose = r.GetString(1),
                Detail = r.IsDBNull(2) ? null : r.GetString(2),
                BreakGlass = r.GetBoolean(3),
                OpenedAt = r.GetFieldValue<DateTimeOffset>(4),
                ExpiresAt = r.GetFieldValue<DateTimeOffset>(5),
            });
        }

        var relationships = new FileRelationships(id, org, coordinator, matches) { Excluded = excluded, Grants = grants };
        return (relationships, session);
    }

    private const string AccessFactsSql = """
        SELECT assigned_coordinator_id FROM families WHERE id = @family AND organisation_id = @org;
        SELECT id, volunteer_id, started_on, ended_on FROM volunteer_matches WHERE family_id = @family AND organisation_id = @org;
        SELECT user_id FROM conflict_exclusions
         WHERE resource_kind = 'family' AND resource_id = @family AND organisation_id = @org AND lifted_at IS NULL;
        SELECT g.id, g.kind, g.grantee_id, g.issued_by, g.valid_from, g.valid_until, g.purpose, g.revoked_at,
               g.undertaking_signed_at, g.presence_coordinator_id, g.presence_attested_at, g.presence_until
          FROM access_grant_files f JOIN access_grants g ON g.id = f.grant_id
         WHERE f.family_id = @family AND g.organisation_id = @org;
        SELECT id, purpose, detail, break_glass, opened_at, expires_at FROM access_sessions
         WHERE user_id = @user AND resource_kind = 'family' AND resource_id = @family ORDER BY id DESC LIMIT 1;
        """;

    private static void AddParameter(DbCommand cmd, string name, bool postgres, Guid value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = postgres ? value : SqliteId(value);
        cmd.Parameters.Add(p);
    }

    /// <summary>EF stores SQLite GUIDs as upper-case text.</summary>
    private static string SqliteId(Guid value) => value.ToString("D").ToUpperInvariant();

    private static DateTimeOffset? NullableTime(DbDataReader r, int ordinal) =>
        r.IsDBNull(ordinal) ? null : r.GetFieldValue<DateTimeOffset>(ordinal);

    /// <summary>Relationships of many files at once (four queries however many), for filtering lists and search results.</summary>
    public async Task<IReadOnlyList<FileRelationships>> GetRelationshipsAsync(OrganisationId org, IReadOnlyCollection<FamilyId> ids, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var raw = ids.Select(i => i.Value).Distinct().ToList();
        var rows = await db.Families.AsNoTracking().Where(f => f.OrganisationId == org.Value && raw.Contains(f.Id))
            .Select(f => new { f.Id, f.AssignedCoordinatorId }).ToListAsync(ct);
        if (rows.Count == 0)
        {
            return [];
        }

        var found = rows.Select(r => r.Id).ToList();
        var matches = (await db.VolunteerMatches.AsNoTracking().Where(m => m.OrganisationId == org.Value && found.Contains(m.FamilyId)).ToListAsync(ct))
            .ToLookup(m => m.FamilyId);
        var excluded = (await db.ConflictExclusions.AsNoTracking()
                .Where(e => e.OrganisationId == org.Value && e.ResourceKind == ResourceKinds.Family && e.LiftedAt == null && found.Contains(e.ResourceId))
                .Select(e => new { e.ResourceId, e.UserId }).ToListAsync(ct))
            .ToLookup(e => e.ResourceId, e => new UserId(e.UserId));
        var grants = (await (from f in db.AccessGrantFiles.AsNoTracking()
                             join g in db.AccessGrants.AsNoTracking() on f.GrantId equals g.Id
                             where g.OrganisationId == org.Value && found.Contains(f.FamilyId)
                             select new { f.FamilyId, Grant = g }).ToListAsync(ct))
            .ToLookup(x => x.FamilyId, x => AccessRowMapping.ToDomain(x.Grant));
        return rows.Select(r => new FileRelationships(new FamilyId(r.Id), org, r.AssignedCoordinatorId is { } c ? new UserId(c) : null,
            matches[r.Id].Select(RowMapping.ToDomain).ToList())
        {
            Excluded = excluded[r.Id].ToHashSet(),
            Grants = grants[r.Id].ToList(),
        }).ToList();
    }

    /// <summary>Families whose names (every word given) or postcode match; ids only, to be filtered by the access policy.</summary>
    public async Task<IReadOnlyList<FamilyId>> SearchAsync(OrganisationId org, string text, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
        {
            return [];
        }

        var index = new BlindIndex(await keys.GetOrganisationKeyAsync(org.Value, FamilyKeyRing.BlindIndexPurpose, ct));
        var (kind, terms) = SearchTerms.Query(text, index);
        if (terms.Count == 0)
        {
            return [];
        }

        // One indexed look-up per term, intersected: every word given must match (a primitive collection of
        // byte arrays does not translate reliably on both engines).
        HashSet<Guid>? ids = null;
        foreach (var term in terms)
        {
            var matches = await db.SearchTerms.AsNoTracking()
                .Where(t => t.OrganisationId == org.Value && t.Kind == kind && t.Term == term)
                .Select(t => t.FamilyId).Take(10_000).ToListAsync(ct);
            ids = ids is null ? matches.ToHashSet() : ids.Intersect(matches).ToHashSet();
            if (ids.Count == 0)
            {
                break;
            }
        }

        return ids!.Take(500).Select(i => new FamilyId(i)).ToList();
    }

    /// <summary>Summaries of the given families (decrypting names and postcode), in reference order.</summary>
    public async Task<IReadOnlyList<FamilySummary>> SummariseAsync(OrganisationId org, IReadOnlyCollection<FamilyId> ids, CancellationToken ct = default)
    {
        var raw = ids.Select(i => i.Value).ToList();
        var rows = await db.Families.AsNoTracking().Include(f => f.Members)
            .Where(f => f.OrganisationId == org.Value && raw.Contains(f.Id)).OrderBy(f => f.Reference).ToListAsync(ct);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var result = new List<FamilySummary>(rows.Count);
        foreach (var row in rows)
        {
            var key = await keys.FindFamilyKeyAsync(row.Id, ct);
            if (key is null)
            {
                continue;
            }

            using var cipher = new FieldCipher(key, row.Id);
            var f = RowMapping.ToDomain(row, cipher, today);
            result.Add(new FamilySummary(f.Id, f.Reference, f.DisplayName, f.Postcode, f.AssignedCoordinatorId, f.OpenedAt));
        }

        return result;
    }

    /// <summary>The families assigned to a coordinator (their caseload).</summary>
    public async Task<IReadOnlyList<FamilyId>> CaseloadAsync(OrganisationId org, UserId coordinator, CancellationToken ct = default) =>
        (await db.Families.AsNoTracking().Where(f => f.OrganisationId == org.Value && f.AssignedCoordinatorId == coordinator.Value)
            .Select(f => f.Id).ToListAsync(ct)).Select(i => new FamilyId(i)).ToList();

    /// <summary>The families a volunteer is matched to today (their caseload).</summary>
    public async Task<IReadOnlyList<FamilyId>> MatchedToAsync(OrganisationId org, UserId volunteer, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var matches = await db.VolunteerMatches.AsNoTracking()
            .Where(m => m.OrganisationId == org.Value && m.VolunteerId == volunteer.Value).ToListAsync(ct);
        return matches.Select(RowMapping.ToDomain).Where(m => m.IsActiveOn(today)).Select(m => m.FamilyId).Distinct().ToList();
    }

    internal async Task<FieldCipher> CipherAsync(Guid familyId, CancellationToken ct) =>
        new(await keys.FindFamilyKeyAsync(familyId, ct) ?? throw new FamilyKeyUnavailableException(familyId), familyId);

    private async Task<string> NextReferenceAsync(OrganisationId org, CancellationToken ct)
    {
        var first = await ReserveFamilyNumbersAsync(db, org, 1, ct);
        return FormatReference(first);
    }

    /// <summary>Adds a new family's encrypted rows, its referral and its blind-index terms (shared with the demo generator).</summary>
    internal static void AddNewFile(ConfideDbContext db, Family family, Referral referral, UserId recordedBy, FieldCipher cipher, BlindIndex index)
    {
        db.Families.Add(RowMapping.ToRow(family, cipher));
        db.Referrals.Add(RowMapping.ToRow(referral, family.OrganisationId, recordedBy, cipher));
        db.SearchTerms.AddRange(SearchTerms.For(family, index));
    }

    internal static string FormatReference(long number) => $"F-{number:000000}";

    /// <summary>Reserves <paramref name="count"/> consecutive family numbers; returns the first.</summary>
    internal static async Task<long> ReserveFamilyNumbersAsync(ConfideDbContext db, OrganisationId org, int count, CancellationToken ct)
    {
        var next = await db.Database
            .SqlQuery<long>($"UPDATE organisations SET next_family_number = next_family_number + {count} WHERE id = {org.Value} RETURNING next_family_number AS \"Value\"")
            .ToListAsync(ct);
        return next.Count == 1 ? next[0] - count : throw new InvalidOperationException($"Organisation {org} does not exist.");
    }
}
