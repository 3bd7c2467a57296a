using System.Data.Common;
using System.Security.Cryptography;
using Confide.Core.Audit;
using Confide.Data.Crypto;
using Confide.Data.Migrations;
using Confide.Data.Storage;
using Microsoft.Data.Sqlite;

namespace Confide.Data.Audit;

/// <summary>
/// The key that signs checkpoints: ECDSA P-256, created on first use in the key store, its private half wrapped
/// by the master key as family keys are (bound to its key id). Every instance signs with the oldest key not
/// retired, so two nodes starting at once still agree on one key.
/// </summary>
public sealed class AuditSigningKeys(StorageOptions options, IKeyEncryptionKey masterKey, TimeProvider time) : IDisposable
{
    /// <summary>The advisory lock that stops two nodes creating a first key at once (PostgreSQL).</summary>
    private const long CreateLock = 7_310_004;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private ECDsa? _key;
    private string? _keyId;

    /// <summary>Signs a checkpoint over the tree of <paramref name="treeSize"/> entries with the current key, now.</summary>
    public async Task<Checkpoint> SignAsync(long treeSize, byte[] rootHash, byte[] chainHead, CancellationToken ct = default)
    {
        var (key, keyId) = await CurrentAsync(ct);
        return Checkpoint.Sign(treeSize, rootHash, chainHead, time.GetUtcNow(), keyId, key);
    }

    /// <summary>The current signing key's public half (creating the key if there is none yet).</summary>
    public async Task<AuditPublicKey> CurrentPublicKeyAsync(CancellationToken ct = default) => AuditPublicKey.Of((await CurrentAsync(ct)).Key);

    public void Dispose()
    {
        _key?.Dispose();
        _gate.Dispose();
    }

    /// <summary>The wrapping context of a signing key's private half.</summary>
    internal static string Context(string keyId) => $"audit-signing:{keyId}";

    private async Task<(ECDsa Key, string KeyId)> CurrentAsync(CancellationToken ct)
    {
        if (_key is not null)
        {
            return (_key, _keyId!);
        }

        await _gate.WaitAsync(ct);
        try
        {
            if (_key is null)
            {
                (_key, _keyId) = await LoadOrCreateAsync(ct);
            }

            return (_key, _keyId!);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<(ECDsa, string)> LoadOrCreateAsync(CancellationToken ct)
    {
        var provider = options.Provider;
        var table = AuditRows.KeyStoreTable(provider, "audit_signing_keys");
        await using var connection = SchemaMigrator.Open(provider, options.KeysConnectionString);
        await connection.OpenAsync(ct);
        await using var tx = provider == DatabaseProvider.Postgres
            ? await connection.BeginTransactionAsync(ct)
            : ((SqliteConnection)connection).BeginTransaction(deferred: false);
        if (provider == DatabaseProvider.Postgres)
        {
            await using var lockCmd = connection.CreateCommand();
            lockCmd.Transaction = tx;
            lockCmd.CommandText = $"SELECT pg_advisory_xact_lock({CreateLock})";
            await lockCmd.ExecuteNonQueryAsync(ct);
        }

        await using (var find = connection.CreateCommand())
        {
            find.Transaction = tx;
            find.CommandText = $"SELECT key_id, wrapped_private_key, kek_id FROM {table} WHERE retired_at IS NULL ORDER BY created_at, key_id LIMIT 1";
            await using var reader = await find.ExecuteReaderAsync(ct);
            if (await reader.ReadAsync(ct))
            {
                var keyId = reader.GetString(0);
                var kekId = reader.GetString(2);
                if (kekId != masterKey.KeyId)
                {
                    throw new CryptographicException(
                        $"The audit signing key was wrapped by master key {kekId}, but the configured master key is {masterKey.KeyId}. Configure the right master key (Confide:MasterKey or the key file).");
                }

                var pkcs8 = masterKey.Unwrap(reader.GetFieldValue<byte[]>(1), Context(keyId));
                try
                {
                    var existing = ECDsa.Create();
                    existing.ImportPkcs8PrivateKey(pkcs8, out _);
                    return (existing, keyId);
                }
                finally
                {
                    CryptographicOperations.ZeroMemory(pkcs8);
                }
            }
        }

        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var publicKey = AuditPublicKey.Of(key);
        var privateKey = key.ExportPkcs8PrivateKey();
        try
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = tx;
            insert.CommandText = $"INSERT INTO {table} (key_id, public_key, wrapped_private_key, kek_id, created_at) VALUES (@id, @public, @wrapped, @kek, @created)";
            AuditRows.Parameter(insert, "@id", publicKey.KeyId);
            AuditRows.Parameter(insert, "@public", publicKey.SubjectPublicKeyInfo);
            AuditRows.Parameter(insert, "@wrapped", masterKey.Wrap(privateKey, Context(publicKey.KeyId)));
            AuditRows.Parameter(insert, "@kek", masterKey.KeyId);
            AuditRows.Parameter(insert, "@created", AuditRows.KeyStoreTime(provider, time.GetUtcNow()));
            await insert.ExecuteNonQueryAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch
        {
            key.Dispose();
            throw;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(privateKey);
        }

        return (key, publicKey.KeyId);
    }

    /// <summary>Re-wraps every signing key under <paramref name="next"/> inside the key rotation's transaction.</summary>
    internal static async Task<int> RewrapAsync(DbConnection connection, DbTransaction tx, DatabaseProvider provider, IKeyEncryptionKey current, IKeyEncryptionKey next, CancellationToken ct)
    {
        var table = AuditRows.KeyStoreTable(provider, "audit_signing_keys");
        var rows = new List<(string KeyId, byte[] Wrapped)>();
        await using (var select = connection.CreateCommand())
        {
            select.Transaction = tx;
            select.CommandText = $"SELECT key_id, wrapped_private_key FROM {table} WHERE kek_id = @kek";
            AuditRows.Parameter(select, "@kek", current.KeyId);
            await using var reader = await select.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                rows.Add((reader.GetString(0), reader.GetFieldValue<byte[]>(1)));
            }
        }

        foreach (var (keyId, wrapped) in rows)
        {
            var privateKey = current.Unwrap(wrapped, Context(keyId));
            try
            {
                await using var update = connection.CreateCommand();
                update.Transaction = tx;
                update.CommandText = $"UPDATE {table} SET wrapped_private_key = @wrapped, kek_id = @kek WHERE key_id = @id";
                AuditRows.Parameter(update, "@wrapped", next.Wrap(privateKey, Context(keyId)));
                AuditRows.Parameter(update, "@kek", next.KeyId);
                AuditRows.Parameter(update, "@id", keyId);
                await update.ExecuteNonQueryAsync(ct);
            }
            finally
            {
                CryptographicOperations.ZeroMemory(privateKey);
            }
        }

        return rows.Count;
    }
}
