using System.Security.Cryptography;
using Confide.Data.Crypto;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Confide.Data.Keys;

/// <summary>
/// Creates, unwraps and destroys the per-family data keys and the organisations' blind-index keys. Unwrapped
/// keys are cached briefly in memory (bounded) so a busy file view does not unwrap on every request; destroying
/// a key evicts it at once.
/// </summary>
public sealed class FamilyKeyRing(IDbContextFactory<KeyStoreDbContext> keyStore, IKeyEncryptionKey masterKey, TimeProvider time) : IDisposable
{
    /// <summary>The purpose name of the organisation's blind-index key.</summary>
    public const string BlindIndexPurpose = "blind-index";

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 20_000 });

    /// <summary>Makes a new data key for a family and stores it wrapped. The caller encrypts with the returned key.</summary>
    public async Task<byte[]> CreateFamilyKeyAsync(Guid organisationId, Guid familyId, CancellationToken ct = default)
    {
        var (row, key) = NewFamilyKey(organisationId, familyId);
        await using var db = await keyStore.CreateDbContextAsync(ct);
        db.FamilyKeys.Add(row);
        await db.SaveChangesAsync(ct);
        Remember(familyId, key);
        return key;
    }

    /// <summary>Makes keys for many families in one write (used by the demo generator).</summary>
    public async Task<IReadOnlyDictionary<Guid, byte[]>> CreateFamilyKeysAsync(Guid organisationId, IReadOnlyList<Guid> familyIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(familyIds);
        var keys = new Dictionary<Guid, byte[]>(familyIds.Count);
        await using var db = await keyStore.CreateDbContextAsync(ct);
        foreach (var id in familyIds)
        {
            var (row, key) = NewFamilyKey(organisationId, id);
            db.FamilyKeys.Add(row);
            keys[id] = key;
        }

        await db.SaveChangesAsync(ct);
        return keys;
    }

    /// <summary>The family's data key, or null when it was destroyed (or never existed).</summary>
    public async Task<byte[]?> FindFamilyKeyAsync(Guid familyId, CancellationToken ct = default)
    {
        if (_cache.TryGetValue(familyId, out byte[]? cached))
        {
            return cached;
        }

        await using var db = await keyStore.CreateDbContextAsync(ct);
        var row = await db.FamilyKeys.AsNoTracking().FirstOrDefaultAsync(k => k.FamilyId == familyId, ct);
        if (row?.WrappedKey is null)
        {
            return null;
        }

        var key = Unwrap(row.WrappedKey, row.KekId, FamilyContext(familyId));
        Remember(familyId, key);
        return key;
    }

    /// <summary>Crypto-shreds a family: its wrapped key is erased, so every copy of its fields becomes unreadable.</summary>
    public async Task<bool> DestroyFamilyKeyAsync(Guid familyId, CancellationToken ct = default)
    {
        _cache.Remove(familyId);
        await using var db = await keyStore.CreateDbContextAsync(ct);
        var changed = await db.FamilyKeys
            .Where(k => k.FamilyId == familyId && k.WrappedKey != null)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.WrappedKey, (byte[]?)null).SetProperty(k => k.DestroyedAt, time.GetUtcNow()), ct);
        _cache.Remove(familyId);
        return changed > 0;
    }

    /// <summary>Removes a key that was created for a family whose records then failed to save.</summary>
    internal async Task ForgetUnusedFamilyKeyAsync(Guid familyId, CancellationToken ct)
    {
        _cache.Remove(familyId);
        await using var db = await keyStore.CreateDbContextAsync(ct);
        await db.FamilyKeys.Where(k => k.FamilyId == familyId).ExecuteDeleteAsync(ct);
    }

    /// <summary>An organisation-wide key for <paramref name="purpose"/>, created on first use.</summary>
    public async Task<byte[]> GetOrganisationKeyAsync(Guid organisationId, string purpose, CancellationToken ct = default)
    {
        var cacheKey = (organisationId, purpose);
        if (_cache.TryGetValue(cacheKey, out byte[]? cached))
        {
            return cached!;
        }

        await using var db = await keyStore.CreateDbContextAsync(ct);
        var context = $"organisation:{organisationId:D}:{purpose}";
        var row = await db.OrganisationKeys.AsNoTracking().FirstOrDefaultAsync(k => k.OrganisationId == organisationId && k.Purpose == purpose, ct);
        byte[] key;
        if (row is null)
        {
            key = RandomNumberGenerator.GetBytes(32);
            db.OrganisationKeys.Add(new OrganisationKeyRow
            {
                OrganisationId = organisationId,
                Purpose = purpose,
                WrappedKey = masterKey.Wrap(key, context),
                KekId = masterKey.KeyId,
                CreatedAt = time.GetUtcNow(),
            });
            await db.SaveChangesAsync(ct);
        }
        else
        {
            key = Unwrap(row.WrappedKey, row.KekId, context);
        }

        _cache.Set(cacheKey, key, new MemoryCacheEntryOptions { Size = 1 });
        return key;
    }

    public void Dispose() => _cache.Dispose();

    internal static string FamilyContext(Guid familyId) => $"family:{familyId:D}";

    private (FamilyKeyRow Row, byte[] Key) NewFamilyKey(Guid organisationId, Guid familyId)
    {
        var key = RandomNumberGenerator.GetBytes(32);
        return (new FamilyKeyRow
        {
            FamilyId = familyId,
            OrganisationId = organisationId,
            WrappedKey = masterKey.Wrap(key, FamilyContext(familyId)),
            KekId = masterKey.KeyId,
            CreatedAt = time.GetUtcNow(),
        }, key);
    }

    private byte[] Unwrap(byte[] wrapped, string kekId, string context) =>
        kekId == masterKey.KeyId
            ? masterKey.Unwrap(wrapped, context)
            : throw new CryptographicException(
                $"This key was wrapped by master key {kekId}, but the configured master key is {masterKey.KeyId}. Configure the right master key (Confide:MasterKey or the key file).");

    private void Remember(Guid familyId, byte[] key) =>
        _cache.Set(familyId, key, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
}
