using System.Data.Common;
using System.Globalization;
using Confide.Data.Audit;
using Confide.Data.Storage;
using Microsoft.Data.Sqlite;
using static Confide.Data.Migrations.MigrationCommands;

namespace Confide.Data.Migrations;

/// <summary>
/// Moves a SQLite audit log from the records database (where records migrations 0003–0007 kept it) into the audit
/// store. <see cref="CopyAsync"/> copies the entries and checkpoints as stored, hashes and signatures included, so the
/// moved log verifies exactly as before; <see cref="EnsureCopiedAsync"/> runs inside the records migration that drops
/// the old tables and refuses unless everything in them is in the audit store. Safe to run again: a log already copied
/// is left alone, and an audit store holding a different log stops the migration rather than mix two chains.
/// </summary>
internal static class SqliteAuditMove
{
    private const string Entries = "audit_entries";
    private const string Checkpoints = "audit_checkpoints";

    /// <summary>
    /// Refuses an audit store that is the records or key-store file, and a missing audit store once the records have
    /// been used with one (a fresh, empty log would otherwise start again at #1 and verify as intact).
    /// </summary>
    public static async Task CheckStoresAsync(StorageOptions options, CancellationToken ct)
    {
        var audit = StorageOptions.SqliteFile(options.AuditConnectionString);
        if (audit is null || audit == StorageOptions.SqliteFile(options.RecordsConnectionString) || audit == StorageOptions.SqliteFile(options.KeysConnectionString))
        {
            throw new StorageConfigurationException(
                "The SQLite audit log must be a file of its own, not the records or key-store database nor an in-memory one; set ConnectionStrings:Audit to another file (by default it is beside the records, confide.db → confide-audit.db).");
        }

        await using var auditConnection = SchemaMigrator.Open(DatabaseProvider.Sqlite, options.AuditConnectionString);
        await auditConnection.OpenAsync(ct);
        if (await TableExistsAsync(auditConnection, null, "schema_migrations", ct))
        {
            return;
        }

        await using var records = SchemaMigrator.Open(DatabaseProvider.Sqlite, options.RecordsConnectionString);
        await records.OpenAsync(ct);
        if (await TableExistsAsync(records, null, "schema_migrations", ct)
            && await ScalarAsync(records, null, $"SELECT count(*) FROM schema_migrations WHERE version = {SchemaMigrator.SqliteAuditMovedOut}", ct) > 0)
        {
            throw new StorageConfigurationException(
                $"The audit log ({auditConnection.DataSource}) is missing or empty, but these records have been used with one. " +
                "Restore it from the same backup as the records (back up confide.db, confide-audit.db and confide-keys.db together), or point ConnectionStrings:Audit at it. Nothing was changed.");
        }
    }

    /// <summary>Copies the log if the records database still holds one; returns what was done, or null when there was nothing to do.</summary>
    public static async Task<string?> CopyAsync(string recordsConnectionString, string auditConnectionString, CancellationToken ct)
    {
        await using var records = SchemaMigrator.Open(DatabaseProvider.Sqlite, recordsConnectionString);
        await records.OpenAsync(ct);
        if (!await TableExistsAsync(records, null, Entries, ct))
        {
            return null;
        }

        await using var audit = SchemaMigrator.Open(DatabaseProvider.Sqlite, auditConnectionString);
        await audit.OpenAsync(ct);
        await using var tx = await audit.BeginTransactionAsync(ct);
        switch (await CompareAsync(records, null, audit, tx, ct))
        {
            case Comparison.NothingToMove or Comparison.AlreadyMoved:
                return null;
            case Comparison.Different:
                throw Different(audit);
        }

        var entries = await CopyTableAsync(records, audit, tx, Entries, AuditRows.Columns, "sequence", ct);
        var checkpoints = await CopyTableAsync(records, audit, tx, Checkpoints, AuditRows.CheckpointColumns, "tree_size", ct);
        await tx.CommitAsync(ct);
        return string.Create(CultureInfo.InvariantCulture, $"audit log moved to its own store: {entries} entries, {checkpoints} checkpoints");
    }

    /// <summary>
    /// Inside the records migration that drops the old tables (its transaction holds the records database's write
    /// lock, so nothing more can be appended there): refuses unless every entry and checkpoint in them is in the audit store.
    /// </summary>
    public static async Task EnsureCopiedAsync(DbConnection records, DbTransaction tx, string? auditConnectionString, CancellationToken ct)
    {
        if (!await TableExistsAsync(records, tx, Entries, ct)
            || (await ScalarAsync(records, tx, $"SELECT count(*) FROM {Entries}", ct) == 0 && await ScalarAsync(records, tx, $"SELECT count(*) FROM {Checkpoints}", ct) == 0))
        {
            return;
        }

        if (auditConnectionString is not null)
        {
            await using var audit = SchemaMigrator.Open(DatabaseProvider.Sqlite, auditConnectionString);
            await audit.OpenAsync(ct);
            if (await TableExistsAsync(audit, null, Entries, ct) && await CompareAsync(records, tx, audit, null, ct) == Comparison.AlreadyMoved)
            {
                return;
            }
        }

        throw new StorageConfigurationException(
            "The records database still holds audit entries that are not in the audit store, so they cannot be dropped. " +
            "Migrate all the stores together (the web app and `confide migrate` do), with the same version of Confide on every process. Nothing was changed.");
    }

    private enum Comparison
    {
        NothingToMove,
        AlreadyMoved,
        NotMoved,
        Different,
    }

    private static async Task<Comparison> CompareAsync(DbConnection records, DbTransaction? recordsTx, DbConnection audit, DbTransaction? auditTx, CancellationToken ct)
    {
        var oldCount = await ScalarAsync(records, recordsTx, $"SELECT count(*) FROM {Entries}", ct);
        var oldCheckpoints = await ScalarAsync(records, recordsTx, $"SELECT count(*) FROM {Checkpoints}", ct);
        if (oldCount == 0 && oldCheckpoints == 0)
        {
            return Comparison.NothingToMove;
        }

        var newCount = await ScalarAsync(audit, auditTx, $"SELECT count(*) FROM {Entries}", ct);
        if (newCount == 0 && await ScalarAsync(audit, auditTx, $"SELECT count(*) FROM {Checkpoints}", ct) == 0)
        {
            return Comparison.NotMoved;
        }

        var (oldHead, oldChain) = await HeadAsync(records, recordsTx, ct);
        var oldLastCheckpoint = await ScalarAsync(records, recordsTx, $"SELECT coalesce(max(tree_size), 0) FROM {Checkpoints}", ct);
        await using var cmd = Command(audit, auditTx, $"SELECT chain_hash FROM {Entries} WHERE sequence = @head", ("@head", oldHead));
        var newChain = await cmd.ExecuteScalarAsync(ct) as byte[];
        var same = newChain is not null && oldChain is not null && newChain.AsSpan().SequenceEqual(oldChain)
            && await ScalarAsync(audit, auditTx, $"SELECT count(*) FROM {Entries} WHERE sequence <= @head", ct, ("@head", oldHead)) == oldCount
            && await ScalarAsync(audit, auditTx, $"SELECT count(*) FROM {Checkpoints} WHERE tree_size <= @size", ct, ("@size", oldLastCheckpoint)) == oldCheckpoints;
        return same ? Comparison.AlreadyMoved : Comparison.Different;
    }

    private static async Task<(long Sequence, byte[]? Chain)> HeadAsync(DbConnection connection, DbTransaction? tx, CancellationToken ct)
    {
        await using var cmd = Command(connection, tx, $"SELECT sequence, chain_hash FROM {Entries} ORDER BY sequence DESC LIMIT 1");
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? (reader.GetInt64(0), reader.GetFieldValue<byte[]>(1)) : (0, null);
    }

    /// <summary>Copies every row as stored (the values' own SQLite types), in order, through one prepared insert.</summary>
    private static async Task<long> CopyTableAsync(DbConnection from, DbConnection to, DbTransaction tx, string table, string columns, string order, CancellationToken ct)
    {
        var names = columns.Split(',', StringSplitOptions.TrimEntries);
        await using var insert = Command(to, tx, $"INSERT INTO {table} ({columns}) VALUES ({string.Join(", ", names.Select(n => "@" + n))})");
        var parameters = names.Select(n => AuditRows.Parameter(insert, "@" + n, DBNull.Value)).ToArray();
        await using var select = Command(from, null, $"SELECT {columns} FROM {table} ORDER BY {order}");
        await using var reader = await select.ExecuteReaderAsync(ct);
        long copied = 0;
        while (await reader.ReadAsync(ct))
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = reader.GetValue(i);
            }

            await insert.ExecuteNonQueryAsync(ct);
            copied++;
        }

        return copied;
    }

    private static StorageConfigurationException Different(DbConnection audit) => new(
        $"The records database still holds an audit log and the audit store ({audit.DataSource}) holds a different one. " +
        "Nothing was changed. Point ConnectionStrings:Audit at the audit store that belongs to these records, or move the other one aside.");

    private static async Task<bool> TableExistsAsync(DbConnection connection, DbTransaction? tx, string table, CancellationToken ct) =>
        await ScalarAsync(connection, tx, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = @name", ct, ("@name", table)) > 0;
}
