using System.Data.Common;
using Confide.Core.Audit;
using Confide.Data.Migrations;
using Confide.Data.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Confide.Data.Audit;

/// <summary>
/// Writes one batch of events onto the end of the chain in one transaction: take the chain lock (PostgreSQL
/// advisory lock; SQLite BEGIN IMMEDIATE), read the head, hash, insert, commit (two round trips on PostgreSQL). Holds one connection, reopened
/// after a failure. Used only by <see cref="AuditLog"/>'s single writer loop.
/// </summary>
internal sealed class AuditChainWriter(StorageOptions options) : IAsyncDisposable
{
    private DbConnection? _connection;

    public async Task<long[]> AppendAsync(IReadOnlyList<AuditEvent> events, CancellationToken ct)
    {
        var connection = _connection ??= await OpenAsync(ct);
        try
        {
            return options.Provider == DatabaseProvider.Postgres
                ? await AppendPostgresAsync((NpgsqlConnection)connection, events, ct)
                : await AppendSqliteAsync((SqliteConnection)connection, events, ct);
        }
        catch
        {
            // A failed batch leaves nothing behind: the transaction is rolled back with the connection.
            _connection = null;
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Two round trips whatever the batch size: BEGIN, the chain lock and the head in the first; every row (as arrays,
    /// one prepared statement) and COMMIT in the second. If the insert fails, PostgreSQL skips the COMMIT and the
    /// connection is discarded, which rolls the transaction back.
    /// </summary>
    private static async Task<long[]> AppendPostgresAsync(NpgsqlConnection connection, IReadOnlyList<AuditEvent> events, CancellationToken ct)
    {
        byte[] headChain;
        long headSequence;
        await using (var begin = new NpgsqlBatch(connection))
        {
            // The lock is granted before the head is read, so every instance sees the head the previous writer committed.
            begin.BatchCommands.Add(new NpgsqlBatchCommand("BEGIN ISOLATION LEVEL READ COMMITTED"));
            begin.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT pg_advisory_xact_lock({AuditRows.ChainLock})"));
            begin.BatchCommands.Add(new NpgsqlBatchCommand(HeadSql));
            await using var reader = await begin.ExecuteReaderAsync(ct);
            await reader.NextResultAsync(ct);
            (headSequence, headChain) = await reader.ReadAsync(ct)
                ? (reader.GetInt64(0), reader.GetFieldValue<byte[]>(1))
                : (0, AuditHashing.Genesis.ToArray());
        }

        var entries = Chain(headSequence, headChain, events);
        await using (var insert = new NpgsqlBatch(connection))
        {
            var rows = new NpgsqlBatchCommand(
                $"INSERT INTO audit_entries ({AuditRows.Columns}) SELECT * FROM unnest($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)");
            var e = Array.ConvertAll(entries, x => x.Event);
            rows.Parameters.Add(new NpgsqlParameter { Value = Array.ConvertAll(entries, x => x.Sequence), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
            rows.Parameters.Add(new NpgsqlParameter { Value = Array.ConvertAll(e, x => x.At.ToUniversalTime()), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz });
            rows.Parameters.Add(new NpgsqlParameter { Value = Array.ConvertAll(e, x => x.OrganisationId?.Value), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
            rows.Parameters.Add(new NpgsqlParameter { Value = Array.ConvertAll(e, x => x.ActorId?.Value), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
            foreach (var column in (Func<AuditEvent, string?>[])[
                x => x.Action, x => x.ResourceKind, x => x.ResourceId, x => x.Part, x => x.Purpose, x => x.Reason,
                x => AuditRows.OutcomeText(x.Outcome), x => x.Rule, x => x.RequestId])
            {
                rows.Parameters.Add(new NpgsqlParameter { Value = Array.ConvertAll(e, x => column(x)), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            }

            rows.Parameters.Add(new NpgsqlParameter { Value = Array.ConvertAll(entries, x => x.LeafHash), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
            rows.Parameters.Add(new NpgsqlParameter { Value = Array.ConvertAll(entries, x => x.ChainHash), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
            insert.BatchCommands.Add(rows);
            insert.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
            await insert.ExecuteNonQueryAsync(ct);
            if (rows.RecordsAffected != entries.Length)
            {
                throw new InvalidOperationException($"The audit log wrote {rows.RecordsAffected} of {entries.Length} entries.");
            }
        }

        return Array.ConvertAll(entries, x => x.Sequence);
    }

    private static async Task<long[]> AppendSqliteAsync(SqliteConnection connection, IReadOnlyList<AuditEvent> events, CancellationToken ct)
    {
        await using var tx = connection.BeginTransaction(deferred: false);
        long headSequence;
        byte[] headChain;
        await using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = HeadSql;
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            (headSequence, headChain) = await reader.ReadAsync(ct)
                ? (reader.GetInt64(0), reader.GetFieldValue<byte[]>(1))
                : (0, AuditHashing.Genesis.ToArray());
        }

        var entries = Chain(headSequence, headChain, events);
        await InsertAsync(connection, tx, entries, ct);
        await tx.CommitAsync(ct);
        return Array.ConvertAll(entries, e => e.Sequence);
    }

    private const string HeadSql = "SELECT sequence, chain_hash FROM audit_entries ORDER BY sequence DESC LIMIT 1";

    private static AuditEntry[] Chain(long headSequence, byte[] headChain, IReadOnlyList<AuditEvent> events)
    {
        var chain = new AuditChain(headSequence, headChain);
        var entries = new AuditEntry[events.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = chain.Append(events[i]);
        }

        return entries;
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }
    }

    private async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = SchemaMigrator.Open(options.Provider, options.AuditConnectionString);
        await connection.OpenAsync(ct);
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            // The WAL is copied back into the database by the checkpointer in the background (AuditCheckpointer),
            // not by this writer after a commit: readers waiting on this writer would otherwise wait for that too.
            // When another connection holds the write lock for a moment (a checkpoint being inserted), SQLite's own
            // busy handler retries within a millisecond or two; without it the provider sleeps 150 ms before retrying,
            // and every reader waiting on this writer with it.
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA wal_autocheckpoint=0; PRAGMA busy_timeout=30000;";
            await pragma.ExecuteNonQueryAsync(ct);
        }

        return connection;
    }

    private static async Task InsertAsync(DbConnection connection, DbTransaction tx, AuditEntry[] entries, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"INSERT INTO audit_entries ({AuditRows.Columns}) VALUES " +
            "(@sequence, @at, @organisation, @actor, @action, @kind, @id, @part, @purpose, @reason, @outcome, @rule, @request, @leaf, @chain)";
        var p = new[] { "@sequence", "@at", "@organisation", "@actor", "@action", "@kind", "@id", "@part", "@purpose", "@reason", "@outcome", "@rule", "@request", "@leaf", "@chain" }
            .Select(name => AuditRows.Parameter(cmd, name, DBNull.Value)).ToArray();
        foreach (var entry in entries)
        {
            var e = entry.Event;
            p[0].Value = entry.Sequence;
            p[1].Value = AuditRows.Time(DatabaseProvider.Sqlite, e.At);
            p[2].Value = AuditRows.Id(DatabaseProvider.Sqlite, e.OrganisationId?.Value);
            p[3].Value = AuditRows.Id(DatabaseProvider.Sqlite, e.ActorId?.Value);
            p[4].Value = e.Action;
            p[5].Value = e.ResourceKind;
            p[6].Value = AuditRows.Text(e.ResourceId);
            p[7].Value = AuditRows.Text(e.Part);
            p[8].Value = AuditRows.Text(e.Purpose);
            p[9].Value = AuditRows.Text(e.Reason);
            p[10].Value = AuditRows.OutcomeText(e.Outcome);
            p[11].Value = AuditRows.Text(e.Rule);
            p[12].Value = AuditRows.Text(e.RequestId);
            p[13].Value = entry.LeafHash;
            p[14].Value = entry.ChainHash;
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }
}
