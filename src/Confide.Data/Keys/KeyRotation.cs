using Confide.Data.Audit;
using Confide.Data.Crypto;
using Confide.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Confide.Data.Keys;

/// <summary>
/// Re-wraps every data key under a new master key, in one transaction on the key store. Records are not
/// touched: their fields stay encrypted under the same data keys.
/// </summary>
public static class KeyRotation
{
    /// <summary>The outcome: how many family, organisation and audit signing keys were re-wrapped.</summary>
    public sealed record Outcome(int FamilyKeys, int OrganisationKeys)
    {
        public int AuditSigningKeys { get; init; }
    }

    public static async Task<Outcome> RotateAsync(KeyStoreDbContext db, IKeyEncryptionKey current, IKeyEncryptionKey next, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(next);
        if (current.KeyId == next.KeyId)
        {
            throw new InvalidOperationException("The new master key is the same as the current one.");
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var families = 0;
        const int batch = 2_000;
        while (true)
        {
            var rows = await db.FamilyKeys.Where(k => k.WrappedKey != null && k.KekId == current.KeyId)
                .OrderBy(k => k.FamilyId).Take(batch).ToListAsync(ct);
            if (rows.Count == 0)
            {
                break;
            }

            foreach (var row in rows)
            {
                var context = FamilyKeyRing.FamilyContext(row.FamilyId);
                var key = current.Unwrap(row.WrappedKey!, context);
                row.WrappedKey = next.Wrap(key, context);
                row.KekId = next.KeyId;
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            families += rows.Count;
        }

        var orgRows = await db.OrganisationKeys.Where(k => k.KekId == current.KeyId).ToListAsync(ct);
        foreach (var row in orgRows)
        {
            var context = $"organisation:{row.OrganisationId:D}:{row.Purpose}";
            row.WrappedKey = next.Wrap(current.Unwrap(row.WrappedKey, context), context);
            row.KekId = next.KeyId;
        }

        await db.SaveChangesAsync(ct);
        var signing = await AuditSigningKeys.RewrapAsync(db.Database.GetDbConnection(), tx.GetDbTransaction(),
            db.Database.IsNpgsql() ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite, current, next, ct);
        await tx.CommitAsync(ct);
        return new Outcome(families, orgRows.Count) { AuditSigningKeys = signing };
    }
}
