using System.Data;
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
/// advisory lock; SQLite BEGIN IMMEDIATE), read the head, hash, insert, commit. Holds one connection, reopened
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
            await using var tx = options.Provider == DatabaseProvider.Postgres
                ? await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct)
                : ((SqliteConnection)connection).BeginTransaction(deferred: false);
            var (headSequence, headChain) = await ReadHeadAsync(connection, tx, ct);
            var chain = new AuditChain(headSequence, headChain);
            var entries = new AuditEntry[events.Count];
            for (var i = 0; i < entries.Length; i++)
            {
                entries[i] = chain.Append(events[i]);
            }

            if (options.Provider == DatabaseProvider.Postgres)
            {
                await CopyAsync((NpgsqlConnection)connection, entries, ct);
            }
            else
            {
                await InsertAsync(connection, tx, entries, ct);
            }

            await tx.CommitAsync(ct);
            return Array.ConvertAll(entries, e => e.Sequence);
        }
        catch
        {
            _connection = null;
            await connection.DisposeAsync();
            throw;
        }
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
        var connection = SchemaMigrator.Open(options.Provider, options.RecordsConnectionString);
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

    private async Task<(long, byte[])> ReadHeadAsync(DbConnection connection, DbTransaction tx, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        const string head = "SELECT sequence, chain_hash FROM audit_entries ORDER BY sequence DESC LIMIT 1";
        // One round trip on PostgreSQL: the lock is granted before the head is read, so every instance sees the
        // head the previous writer committed.
        cmd.CommandText = options.Provider == DatabaseProvider.Postgres ? $"SELECT pg_advisory_xact_lock({AuditRows.ChainLock}); {head}" : head;
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        if (options.Provider == DatabaseProvider.Postgres)
        {
            await reader.NextResultAsync(ct);
        }

        return await reader.ReadAsync(ct) ? (reader.GetInt64(0), reader.GetFieldValue<byte[]>(1)) : (0, AuditHashing.Genesis.ToArray());
    }

    private static async Task CopyAsync(NpgsqlConnection connection, AuditEntry[] entries, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync($"COPY audit_entries ({AuditRows.Columns}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var entry in entries)
        {
            var e = entry.Event;
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(entry.Sequence, NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(e.At, NpgsqlDbType.TimestampTz, ct);
            await WriteAsync(copy, e.OrganisationId?.Value, NpgsqlDbType.Uuid, ct);
            await WriteAsync(copy, e.ActorId?.Value, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(e.Action, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(e.ResourceKind, NpgsqlDbType.Text, ct);
            await WriteAsync(copy, e.ResourceId, NpgsqlDbType.Text, ct);
            await WriteAsync(copy, e.Part, NpgsqlDbType.Text, ct);
            await WriteAsync(copy, e.Purpose, NpgsqlDbType.Text, ct);
            await WriteAsync(copy, e.Reason, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(AuditRows.OutcomeText(e.Outcome), NpgsqlDbType.Text, ct);
            await WriteAsync(copy, e.Rule, NpgsqlDbType.Text, ct);
            await WriteAsync(copy, e.RequestId, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(entry.LeafHash, NpgsqlDbType.Bytea, ct);
            await copy.WriteAsync(entry.ChainHash, NpgsqlDbType.Bytea, ct);
        }

        await copy.CompleteAsync(ct);
    }

    private static Task WriteAsync(NpgsqlBinaryImporter copy, string? value, NpgsqlDbType type, CancellationToken ct) =>
        value is null ? copy.WriteNullAsync(ct) : copy.WriteAsync(value, type, ct);

    private static Task WriteAsync(NpgsqlBinaryImporter copy, Guid? value, NpgsqlDbType type, CancellationToken ct) =>
        value is { } id ? copy.WriteAsync(id, type, ct) : copy.WriteNullAsync(ct);

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
