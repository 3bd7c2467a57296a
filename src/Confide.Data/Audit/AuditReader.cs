using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text;
using Confide.Core.Audit;
using Confide.Data.Migrations;
using Confide.Data.Storage;

namespace Confide.Data.Audit;

/// <summary>
/// Reads the audit log: an organisation's entries by query (a file's record of access, a person's actions), and
/// for verification every entry in sequence order, every checkpoint and the public signing keys. Needs no master
/// key, so it can check a copy of the databases anywhere.
/// </summary>
public sealed class AuditReader(StorageOptions options)
{
    private const int MaxLimit = 10_000;

    public async Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(query.Limit);
        var provider = options.Provider;
        await using var connection = await OpenAuditAsync(ct);
        await using var cmd = connection.CreateCommand();
        var sql = new StringBuilder($"SELECT {AuditRows.Columns} FROM audit_entries WHERE organisation_id = @org");
        AuditRows.Parameter(cmd, "@org", AuditRows.Id(provider, query.OrganisationId.Value));
        void Filter(string clause, string name, object? value)
        {
            if (value is not null)
            {
                sql.Append(" AND ").Append(clause);
                AuditRows.Parameter(cmd, name, value);
            }
        }

        Filter("resource_kind = @kind", "@kind", query.ResourceKind);
        Filter("resource_id = @id", "@id", query.ResourceId);
        Filter("actor_id = @actor", "@actor", query.ActorId is { } a ? AuditRows.Id(provider, a.Value) : null);
        Filter("at >= @from", "@from", query.From is { } f ? AuditRows.Time(provider, AuditEncoding.ToLogPrecision(f)) : null);
        Filter("at < @to", "@to", query.To is { } t ? AuditRows.Time(provider, AuditEncoding.ToLogPrecision(t)) : null);
        Filter("outcome = @outcome", "@outcome", query.Outcome is { } o ? AuditRows.OutcomeText(o) : null);
        In(cmd, sql, "action", "@action", query.Actions);
        In(cmd, sql, "rule", "@rule", query.Rules);
        sql.Append(query.NewestFirst ? " ORDER BY sequence DESC" : " ORDER BY sequence").Append(" LIMIT @limit");
        AuditRows.Parameter(cmd, "@limit", Math.Min(query.Limit, MaxLimit));
        cmd.CommandText = sql.ToString();
        var entries = new List<AuditEntry>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            entries.Add(AuditRows.ReadEntry(reader, provider));
        }

        return entries;
    }

    /// <summary>
    /// Every entry after <paramref name="afterSequence"/> (up to <paramref name="upToSequence"/>), in sequence order,
    /// streamed. A row that cannot even be read (a field forced to a value of the wrong type) comes back with empty
    /// hashes, so a verifier names it rather than stopping.
    /// </summary>
    public async IAsyncEnumerable<AuditEntry> ReadAllAsync(long afterSequence = 0, long upToSequence = long.MaxValue,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        var provider = options.Provider;
        await using var connection = await OpenAuditAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT {AuditRows.Columns} FROM audit_entries WHERE sequence > @after AND sequence <= @upTo ORDER BY sequence";
        AuditRows.Parameter(cmd, "@after", afterSequence);
        AuditRows.Parameter(cmd, "@upTo", upToSequence);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            AuditEntry entry;
            try
            {
                entry = AuditRows.ReadEntry(reader, provider);
            }
            catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException)
            {
                entry = Unreadable(reader.GetInt64(0));
            }

            yield return entry;
        }
    }

    /// <summary>The leaf hashes of entries <paramref name="afterSequence"/>+1 … <paramref name="upToSequence"/>, in order, with their sequences.</summary>
    public async IAsyncEnumerable<(long Sequence, byte[] LeafHash)> ReadLeafHashesAsync(long afterSequence, long upToSequence,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await OpenAuditAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT sequence, leaf_hash FROM audit_entries WHERE sequence > @after AND sequence <= @upTo ORDER BY sequence";
        AuditRows.Parameter(cmd, "@after", afterSequence);
        AuditRows.Parameter(cmd, "@upTo", upToSequence);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            yield return (reader.GetInt64(0), reader.GetFieldValue<byte[]>(1));
        }
    }

    /// <summary>One entry by sequence, or null.</summary>
    public async Task<AuditEntry?> FindAsync(long sequence, CancellationToken ct = default)
    {
        await foreach (var entry in ReadAllAsync(sequence - 1, sequence, ct))
        {
            return entry;
        }

        return null;
    }

    /// <summary>The last entry's sequence and chain hash; (0, genesis) for an empty log.</summary>
    public Task<(long Sequence, byte[] ChainHash)> ReadHeadAsync(CancellationToken ct = default) => ReadHeadAsync(long.MaxValue, ct);

    /// <summary>The sequence and chain hash of the last entry at or before <paramref name="upToSequence"/>.</summary>
    public async Task<(long Sequence, byte[] ChainHash)> ReadHeadAsync(long upToSequence, CancellationToken ct = default)
    {
        await using var connection = await OpenAuditAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT sequence, chain_hash FROM audit_entries WHERE sequence <= @upTo ORDER BY sequence DESC LIMIT 1";
        AuditRows.Parameter(cmd, "@upTo", upToSequence);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? (reader.GetInt64(0), reader.GetFieldValue<byte[]>(1)) : (0, AuditHashing.Genesis.ToArray());
    }

    /// <summary>Every checkpoint, smallest tree first.</summary>
    public async Task<IReadOnlyList<Checkpoint>> ReadCheckpointsAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAuditAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT {AuditRows.CheckpointColumns} FROM audit_checkpoints ORDER BY tree_size";
        var checkpoints = new List<Checkpoint>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            checkpoints.Add(AuditRows.ReadCheckpoint(reader, options.Provider));
        }

        return checkpoints;
    }

    /// <summary>The latest checkpoint, or null when none has been signed.</summary>
    public Task<Checkpoint?> ReadLatestCheckpointAsync(CancellationToken ct = default) => ReadCheckpointAsync(long.MaxValue, ct);

    /// <summary>The latest checkpoint of at most <paramref name="treeSize"/> entries, or null.</summary>
    public async Task<Checkpoint?> ReadCheckpointAsync(long treeSize, CancellationToken ct = default)
    {
        await using var connection = await OpenAuditAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT {AuditRows.CheckpointColumns} FROM audit_checkpoints WHERE tree_size <= @size ORDER BY tree_size DESC LIMIT 1";
        AuditRows.Parameter(cmd, "@size", treeSize);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? AuditRows.ReadCheckpoint(reader, options.Provider) : null;
    }

    /// <summary>The public halves of every checkpoint-signing key, from the key store.</summary>
    public async Task<IReadOnlyList<AuditPublicKey>> ReadPublicKeysAsync(CancellationToken ct = default)
    {
        await using var connection = SchemaMigrator.Open(options.Provider, options.KeysConnectionString);
        await connection.OpenAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT key_id, public_key FROM {AuditRows.KeyStoreTable(options.Provider, "audit_signing_keys")} ORDER BY created_at, key_id";
        var keys = new List<AuditPublicKey>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            keys.Add(new AuditPublicKey(reader.GetString(0), reader.GetFieldValue<byte[]>(1)));
        }

        return keys;
    }

    /// <summary>Verifies the whole log as stored: every entry, every checkpoint, against the stored public keys (and a witness's copy, if given).</summary>
    public async Task<VerificationReport> VerifyAsync(AuditWitness? witness = null, CancellationToken ct = default)
    {
        var checkpoints = await ReadCheckpointsAsync(ct);
        var keys = await ReadPublicKeysAsync(ct);
        using var run = new AuditVerifier(checkpoints, keys, witness).Begin();
        await using (var connection = await OpenAuditAsync(ct))
        {
            await StoredAuditVerification.StepThroughAsync(connection, options.Provider, run, ct);
        }

        return run.Finish();
    }

    internal async Task<DbConnection> OpenAuditAsync(CancellationToken ct)
    {
        var connection = SchemaMigrator.Open(options.Provider, options.AuditConnectionString);
        try
        {
            await connection.OpenAsync(ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static void In(DbCommand cmd, StringBuilder sql, string column, string prefix, IReadOnlySet<string>? values)
    {
        if (values is null)
        {
            return;
        }

        if (values.Count == 0)
        {
            sql.Append(" AND 1 = 0");
            return;
        }

        var names = values.Order(StringComparer.Ordinal).Select((v, i) =>
        {
            var name = $"{prefix}{i}";
            AuditRows.Parameter(cmd, name, v);
            return name;
        }).ToList();
        sql.Append(" AND ").Append(column).Append(" IN (").AppendJoin(", ", names).Append(')');
    }

    private static AuditEntry Unreadable(long sequence) =>
        new(sequence, new AuditEvent(DateTimeOffset.UnixEpoch, null, null, "", "", null, null, null, null, AuditOutcome.Allowed, null, null), [], []);
}
