using System.Data.Common;
using Confide.Core.Audit;
using Confide.Data.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;
using SQLitePCL;

namespace Confide.Data.Audit;

/// <summary>
/// Verification straight from the stored rows: each row's canonical bytes are built from its columns as the database
/// holds them (<see cref="AuditRowEncoder"/>), with no objects or strings made per row. Reading rows, not hashing,
/// was the cost of verifying a stored log (docs/benchmarks.md). On SQLite the rows are stepped through with the
/// native API the provider itself uses; on PostgreSQL the text columns arrive as their UTF-8 bytes.
/// </summary>
internal static class StoredAuditVerification
{
    private const int CancellationCheckEvery = 4_096;

    private const string SqliteRows =
        "SELECT sequence, at, outcome, organisation_id, actor_id, action, resource_kind, resource_id, part, purpose, reason, rule, request_id, leaf_hash, chain_hash " +
        "FROM audit_entries ORDER BY sequence";

    // Text as bytea: the bytes PostgreSQL stores (the database encoding is UTF-8), read into the encoder's buffer.
    private const string PostgresRows =
        "SELECT sequence, at, convert_to(outcome, 'UTF8'), organisation_id, actor_id, " +
        "convert_to(action, 'UTF8'), convert_to(resource_kind, 'UTF8'), convert_to(resource_id, 'UTF8'), convert_to(part, 'UTF8'), " +
        "convert_to(purpose, 'UTF8'), convert_to(reason, 'UTF8'), convert_to(rule, 'UTF8'), convert_to(request_id, 'UTF8'), leaf_hash, chain_hash " +
        "FROM audit_entries ORDER BY sequence";

    public static async Task StepThroughAsync(DbConnection connection, DatabaseProvider provider, VerificationRun run, CancellationToken ct)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            await StepThroughPostgresAsync((NpgsqlConnection)connection, run, ct);
        }
        else
        {
            StepThroughSqlite((SqliteConnection)connection, run, ct);
        }
    }

    private static void StepThroughSqlite(SqliteConnection connection, VerificationRun run, CancellationToken ct)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        var rc = raw.sqlite3_prepare_v2(db, SqliteRows, out var stmt);
        SqliteException.ThrowExceptionForRC(rc, db);
        using (stmt)
        {
            var row = new AuditRowEncoder();
            var count = 0;
            while ((rc = raw.sqlite3_step(stmt)) == raw.SQLITE_ROW)
            {
                if (++count % CancellationCheckEvery == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }

                var sequence = raw.sqlite3_column_int64(stmt, 0);
                row.Begin(sequence, raw.sqlite3_column_int64(stmt, 1), Bytes(stmt, 2, out _));
                row.Id(Bytes(stmt, 3, out var absent), absent);
                row.Id(Bytes(stmt, 4, out absent), absent);
                for (var column = 5; column <= 12; column++)
                {
                    row.Text(Bytes(stmt, column, out absent), absent);
                }

                if (!run.Step(sequence, row, Bytes(stmt, 13, out _), Bytes(stmt, 14, out _)))
                {
                    return;
                }
            }

            if (rc != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(rc, db);
            }
        }
    }

    // The type is asked first: SQLite converts a value when it is read as another type.
    private static ReadOnlySpan<byte> Bytes(sqlite3_stmt stmt, int column, out bool absent)
    {
        absent = raw.sqlite3_column_type(stmt, column) == raw.SQLITE_NULL;
        return absent ? default : raw.sqlite3_column_blob(stmt, column);
    }

    private static async Task StepThroughPostgresAsync(NpgsqlConnection connection, VerificationRun run, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(PostgresRows, connection);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var row = new AuditRowEncoder();
        var leaf = new byte[AuditHashing.HashSize];
        var chain = new byte[AuditHashing.HashSize];
        var outcome = new byte[8];
        while (await reader.ReadAsync(ct))
        {
            var sequence = reader.GetInt64(0);
            var outcomeLength = CopyOutcome(reader, 2, outcome);
            row.Begin(sequence, AuditEncoding.ToUnixMicroseconds(reader.GetFieldValue<DateTime>(1)), outcome.AsSpan(0, outcomeLength));
            row.Id(reader.IsDBNull(3) ? null : reader.GetGuid(3));
            row.Id(reader.IsDBNull(4) ? null : reader.GetGuid(4));
            for (var column = 5; column <= 12; column++)
            {
                if (reader.IsDBNull(column))
                {
                    row.AbsentText();
                    continue;
                }

                var length = (int)reader.GetBytes(column, 0, null, 0, 0);
                var (buffer, offset) = row.StartTextArray(length);
                reader.GetBytes(column, 0, buffer, offset, length);
                row.EndText(length);
            }

            var leafLength = CopyHash(reader, 13, leaf);
            var chainLength = CopyHash(reader, 14, chain);
            if (!run.Step(sequence, row, leaf.AsSpan(0, leafLength), chain.AsSpan(0, chainLength)))
            {
                return;
            }
        }
    }

    // The outcome's bytes; none when it is absent or longer than any outcome (the row is then unreadable).
    private static int CopyOutcome(NpgsqlDataReader reader, int column, byte[] destination) =>
        !reader.IsDBNull(column) && reader.GetBytes(column, 0, null, 0, 0) <= destination.Length
            ? (int)reader.GetBytes(column, 0, destination, 0, destination.Length)
            : 0;

    // A stored hash of the right size is copied; any other size comes back as length 0 (malformed).
    private static int CopyHash(NpgsqlDataReader reader, int column, byte[] destination) =>
        !reader.IsDBNull(column) && reader.GetBytes(column, 0, null, 0, 0) == AuditHashing.HashSize
            ? (int)reader.GetBytes(column, 0, destination, 0, AuditHashing.HashSize)
            : 0;
}
