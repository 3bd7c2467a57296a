using System.Data.Common;
using System.Globalization;
using Confide.Data.Audit;
using Confide.Data.Storage;
using Microsoft.Data.Sqlite;

namespace Confide.Data.Migrations;

/// <summary>
/// Moves a SQLite audit log from the records database (where records migrations 0003–0007 kept it) into the audit
/// store, before records migration 0008 drops it there. The entries and checkpoints are copied as stored, hashes and
/// signatures included, so the moved log verifies exactly as before. Safe to run again: a log already copied is left
/// alone, and an audit store holding a different log stops the migration rather than mix two chains.
/// </summary>
internal static class SqliteAuditMove
{
    /// <summary>Copies the log if the records database still holds one; returns what was done, or null when there was nothing to do.</summary>
    public static async Task<string?> CopyAsync(string recordsConnectionString, string auditConnectionString, CancellationToken ct)
    {
        var records = new SqliteConnectionStringBuilder(recordsConnectionString);
        if (records.Mode == SqliteOpenMode.Memory || !File.Exists(records.DataSource))
        {
            return null;
        }

        await using var audit = SchemaMigrator.Open(DatabaseProvider.Sqlite, auditConnectionString);
        await audit.OpenAsync(ct);
        await ExecuteAsync(audit, null, "ATTACH DATABASE @path AS records", ct, ("@path", Path.GetFullPath(records.DataSource)));
        try
        {
            if (await ScalarAsync(audit, null, "SELECT count(*) FROM records.sqlite_master WHERE type = 'table' AND name = 'audit_entries'", ct) == 0)
            {
                return null;
            }

            await using var tx = await audit.BeginTransactionAsync(ct);
            var (oldCount, oldHead) = (await ScalarAsync(audit, tx, "SELECT count(*) FROM records.audit_entries", ct),
                await ScalarAsync(audit, tx, "SELECT coalesce(max(sequence), 0) FROM records.audit_entries", ct));
            var oldCheckpoints = await ScalarAsync(audit, tx, "SELECT count(*) FROM records.audit_checkpoints", ct);
            if (oldCount == 0 && oldCheckpoints == 0)
            {
                return null;
            }

            if (await ScalarAsync(audit, tx, "SELECT count(*) FROM main.audit_entries", ct) > 0)
            {
                // Copied by an earlier run that stopped before the records migration dropped the old tables?
                var same = await ScalarAsync(audit, tx,
                    "SELECT count(*) FROM main.audit_entries a JOIN records.audit_entries r ON r.sequence = a.sequence AND r.chain_hash = a.chain_hash WHERE a.sequence = @head", ct, ("@head", oldHead));
                if (same == 1 && await ScalarAsync(audit, tx, "SELECT count(*) FROM main.audit_entries WHERE sequence <= @head", ct, ("@head", oldHead)) == oldCount)
                {
                    return null;
                }

                throw new StorageConfigurationException(
                    $"The records database still holds an audit log ({oldCount} entries) and the audit store ({audit.DataSource}) holds a different one. " +
                    "Nothing was changed. Point ConnectionStrings:Audit at the audit store that belongs to these records, or move the other one aside.");
            }

            await ExecuteAsync(audit, tx, $"INSERT INTO main.audit_entries ({AuditRows.Columns}) SELECT {AuditRows.Columns} FROM records.audit_entries ORDER BY sequence", ct);
            await ExecuteAsync(audit, tx, $"INSERT INTO main.audit_checkpoints ({AuditRows.CheckpointColumns}) SELECT {AuditRows.CheckpointColumns} FROM records.audit_checkpoints ORDER BY tree_size", ct);
            await tx.CommitAsync(ct);
            return string.Create(CultureInfo.InvariantCulture, $"audit log moved to its own store: {oldCount} entries, {oldCheckpoints} checkpoints");
        }
        finally
        {
            await ExecuteAsync(audit, null, "DETACH DATABASE records", CancellationToken.None);
        }
    }

    private static async Task<long> ScalarAsync(DbConnection connection, DbTransaction? tx, string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var cmd = Command(connection, tx, sql, parameters);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? tx, string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var cmd = Command(connection, tx, sql, parameters);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? tx, string sql, (string Name, object Value)[] parameters)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            AuditRows.Parameter(cmd, name, value);
        }

        return cmd;
    }
}
