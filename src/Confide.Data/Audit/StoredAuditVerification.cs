using System.Data.Common;
using System.Runtime.InteropServices;
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

    /// <summary>An AppContext switch that makes SQLite rows be read through SQLitePCLRaw only (the fallback path; for tests).</summary>
    internal const string ProviderColumnsSwitch = "Confide.Audit.SqliteProviderColumns";

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
        // The rows are read through a read-only handle of their own opened without SQLite's per-call mutex (this
        // thread is its only user), which otherwise costs a lock and unlock on each of the thirty calls per row.
        using var own = OpenUnsharedReadOnly(connection.DataSource);
        var db = own ?? connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        var rc = raw.sqlite3_prepare_v2(db, SqliteRows, out var stmt);
        SqliteException.ThrowExceptionForRC(rc, db);
        using (stmt)
        {
            var added = false;
            stmt.DangerousAddRef(ref added);
            try
            {
                var providerOnly = AppContext.TryGetSwitch(ProviderColumnsSwitch, out var on) && on;
                rc = NativeColumns.Available && !providerOnly
                    ? StepThroughRows(new NativeColumns(stmt.DangerousGetHandle()), stmt, run, ct)
                    : StepThroughRows(new ProviderColumns(stmt), stmt, run, ct);
            }
            finally
            {
                if (added)
                {
                    stmt.DangerousRelease();
                }
            }

            if (rc is not (raw.SQLITE_DONE or raw.SQLITE_ROW))
            {
                SqliteException.ThrowExceptionForRC(rc, db);
            }
        }
    }

    // Returns SQLITE_DONE after the last row, SQLITE_ROW when the verifier stopped at a problem, or SQLite's error.
    private static int StepThroughRows<TColumns>(TColumns columns, sqlite3_stmt stmt, VerificationRun run, CancellationToken ct)
        where TColumns : struct, IColumns
    {
        var row = new AuditRowEncoder();
        var count = 0;
        int rc;
        while ((rc = raw.sqlite3_step(stmt)) == raw.SQLITE_ROW)
        {
            if (++count % CancellationCheckEvery == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            var sequence = columns.Int64(0);
            row.Begin(sequence, columns.Int64(1), columns.Bytes(2, out _));
            row.Id(columns.Bytes(3, out var absent), absent);
            row.Id(columns.Bytes(4, out absent), absent);
            for (var column = 5; column <= 12; column++)
            {
                row.Text(columns.Bytes(column, out absent), absent);
            }

            if (!run.Step(sequence, row, columns.Bytes(13, out _), columns.Bytes(14, out _)))
            {
                return rc;
            }
        }

        return rc;
    }

    private static sqlite3? OpenUnsharedReadOnly(string path)
    {
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            return null; // an in-memory database: only the connection's own handle sees it
        }

        if (raw.sqlite3_open_v2(path, out var db, raw.SQLITE_OPEN_READONLY | raw.SQLITE_OPEN_NOMUTEX, null) != raw.SQLITE_OK)
        {
            db.Dispose();
            return null;
        }

        raw.sqlite3_busy_timeout(db, 30_000);
        return db;
    }

    private interface IColumns
    {
        long Int64(int column);

        /// <summary>The column's bytes as stored (text as UTF-8), valid until the next call on the statement.</summary>
        ReadOnlySpan<byte> Bytes(int column, out bool absent);
    }

    // Through SQLitePCLRaw, as Microsoft.Data.Sqlite reads: each call takes and releases the statement's SafeHandle.
    private readonly struct ProviderColumns(sqlite3_stmt stmt) : IColumns
    {
        public long Int64(int column) => raw.sqlite3_column_int64(stmt, column);

        // The type is asked first: SQLite converts a value when it is read as another type.
        public ReadOnlySpan<byte> Bytes(int column, out bool absent)
        {
            absent = raw.sqlite3_column_type(stmt, column) == raw.SQLITE_NULL;
            return absent ? default : raw.sqlite3_column_blob(stmt, column);
        }
    }

    /// <summary>
    /// The same calls straight into the e_sqlite3 library SQLitePCLRaw has loaded, on the statement's pointer (its
    /// handle is held for the whole loop): the SafeHandle's reference counting on every call was more than half the
    /// time of a verification. Used only when that library answers with the version SQLitePCLRaw reports.
    /// </summary>
    private readonly struct NativeColumns(nint stmt) : IColumns
    {
        private const string Library = "e_sqlite3";

        public static bool Available { get; } = Probe();

        public long Int64(int column) => sqlite3_column_int64(stmt, column);

        public unsafe ReadOnlySpan<byte> Bytes(int column, out bool absent)
        {
            absent = sqlite3_column_type(stmt, column) == raw.SQLITE_NULL;
            if (absent)
            {
                return default;
            }

            var data = sqlite3_column_blob(stmt, column);
            return data == 0 ? default : new ReadOnlySpan<byte>((void*)data, sqlite3_column_bytes(stmt, column));
        }

        private static bool Probe()
        {
            try
            {
                return sqlite3_libversion_number() == raw.sqlite3_libversion_number();
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
            {
                return false;
            }
        }

        [DllImport(Library, ExactSpelling = true)]
        private static extern int sqlite3_libversion_number();

        [DllImport(Library, ExactSpelling = true), SuppressGCTransition]
        private static extern int sqlite3_column_type(nint stmt, int column);

        [DllImport(Library, ExactSpelling = true), SuppressGCTransition]
        private static extern long sqlite3_column_int64(nint stmt, int column);

        [DllImport(Library, ExactSpelling = true), SuppressGCTransition]
        private static extern nint sqlite3_column_blob(nint stmt, int column);

        [DllImport(Library, ExactSpelling = true), SuppressGCTransition]
        private static extern int sqlite3_column_bytes(nint stmt, int column);
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
            var outcomeLength = CopyBytes(reader, 2, outcome);
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

            var leafLength = CopyBytes(reader, 13, leaf, exactly: true);
            var chainLength = CopyBytes(reader, 14, chain, exactly: true);
            if (!run.Step(sequence, row, leaf.AsSpan(0, leafLength), chain.AsSpan(0, chainLength)))
            {
                return;
            }
        }
    }

    // A bytea column's bytes copied into the start of destination; none when it is absent or does not fit (an
    // outcome longer than any outcome, a hash of the wrong size), which the verifier reports as malformed.
    private static int CopyBytes(NpgsqlDataReader reader, int column, byte[] destination, bool exactly = false)
    {
        if (reader.IsDBNull(column))
        {
            return 0;
        }

        var length = reader.GetBytes(column, 0, null, 0, 0);
        return length > destination.Length || (exactly && length != destination.Length)
            ? 0
            : (int)reader.GetBytes(column, 0, destination, 0, destination.Length);
    }
}
