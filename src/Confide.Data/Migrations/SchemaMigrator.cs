using System.Data.Common;
using System.Globalization;
using System.Reflection;
using Confide.Data.Storage;
using static Confide.Data.Migrations.MigrationCommands;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Confide.Data.Migrations;

/// <summary>
/// Applies the hand-written, versioned, forward-only SQL migrations embedded in this assembly
/// (<c>Migrations/{Sqlite|Postgres}/{Records|Keys|Audit}/NNNN_name.sql</c>). Each store keeps its applied versions in
/// <c>schema_migrations</c>; pending migrations run in one transaction, so a failure leaves nothing half-applied.
/// On PostgreSQL an advisory lock lets many web nodes start at once.
/// </summary>
public static class SchemaMigrator
{
    /// <summary>The stores Confide migrates. The audit store is a SQLite file of its own; on PostgreSQL the audit log is in the records database.</summary>
    public enum Store
    {
        Records,
        Keys,
        Audit,
    }

    /// <summary>The SQLite records migration that drops the audit tables, once their rows are in the audit store.</summary>
    internal const int SqliteAuditMovedOut = 8;

    /// <summary>A migration found in the assembly.</summary>
    public sealed record Migration(int Version, string Name, string Sql);

    /// <summary>Migrates every store; returns the migrations applied (empty when already up to date).</summary>
    public static async Task<IReadOnlyList<string>> MigrateAllAsync(StorageOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var applied = new List<string>();
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            // The audit store first: a records database from before it existed holds the log, which is copied
            // across before the records migration that drops it checks that it was (SqliteAuditMove).
            await SqliteAuditMove.CheckStoresAsync(options, ct);
            applied.AddRange(await MigrateAsync(options.Provider, Store.Audit, options.AuditConnectionString, ct));
            if (await SqliteAuditMove.CopyAsync(options.RecordsConnectionString, options.AuditConnectionString, ct) is { } moved)
            {
                applied.Add(moved);
            }
        }

        applied.AddRange(await MigrateAsync(options.Provider, Store.Records, options.RecordsConnectionString, int.MaxValue, ct, options.AuditConnectionString));
        applied.AddRange(await MigrateAsync(options.Provider, Store.Keys, options.KeysConnectionString, ct));
        return applied;
    }

    /// <summary>The migrations shipped for a provider and store, in version order.</summary>
    public static IReadOnlyList<Migration> Available(DatabaseProvider provider, Store store)
    {
        var prefix = $"Confide.Data.Migrations.{provider}.{store}.";
        var assembly = typeof(SchemaMigrator).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Load(assembly, n, n[prefix.Length..^4]))
            .OrderBy(m => m.Version)
            .ToArray();
    }

    public static Task<IReadOnlyList<string>> MigrateAsync(DatabaseProvider provider, Store store, string connectionString, CancellationToken ct = default) =>
        MigrateAsync(provider, store, connectionString, int.MaxValue, ct);

    /// <summary>Applies the pending migrations up to and including version <paramref name="upTo"/> (tests build older schemas with it).</summary>
    /// <param name="auditConnectionString">Where the SQLite audit log has been copied to: records migration 0008 drops it from the records only if it is all there.</param>
    internal static async Task<IReadOnlyList<string>> MigrateAsync(DatabaseProvider provider, Store store, string connectionString, int upTo, CancellationToken ct, string? auditConnectionString = null)
    {
        await using var connection = Open(provider, connectionString);
        await connection.OpenAsync(ct);
        if (provider == DatabaseProvider.Sqlite && new SqliteConnectionStringBuilder(connectionString).Mode != SqliteOpenMode.Memory)
        {
            // Write-ahead logging (kept in the file): readers no longer wait for the audit log's writer, and each
            // group commit is one append to the log rather than a rewrite of the journal.
            await using var wal = connection.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode=WAL";
            await wal.ExecuteNonQueryAsync(ct);
        }

        await using var tx = await connection.BeginTransactionAsync(ct);
        var table = provider == DatabaseProvider.Postgres && store == Store.Keys ? $"{StorageOptions.KeyStoreSchema}.schema_migrations" : "schema_migrations";
        if (provider == DatabaseProvider.Postgres)
        {
            await ExecuteAsync(connection, tx, $"SELECT pg_advisory_xact_lock({(store == Store.Records ? 7_310_001 : 7_310_002)})", ct);
            // Checked first, so that an application role without CREATE rights (docs/audit.md) can start on a migrated database.
            if (store == Store.Keys && await ScalarAsync(connection, tx, $"SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = '{StorageOptions.KeyStoreSchema}')", ct) == 0)
            {
                await ExecuteAsync(connection, tx, $"CREATE SCHEMA IF NOT EXISTS {StorageOptions.KeyStoreSchema}", ct);
            }
        }

        var timestampType = provider == DatabaseProvider.Postgres ? "timestamptz" : "TEXT";
        var tableExists = provider == DatabaseProvider.Postgres
            ? $"SELECT to_regclass('{table}') IS NOT NULL"
            : $"SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '{table}')";
        if (await ScalarAsync(connection, tx, tableExists, ct) == 0)
        {
            await ExecuteAsync(connection, tx,
                $"CREATE TABLE IF NOT EXISTS {table} (version integer NOT NULL PRIMARY KEY, name text NOT NULL, applied_at {timestampType} NOT NULL)", ct);
        }
        var done = new HashSet<int>();
        await using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = $"SELECT version FROM {table}";
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                done.Add(reader.GetInt32(0));
            }
        }

        var applied = new List<string>();
        foreach (var m in Available(provider, store).Where(m => !done.Contains(m.Version) && m.Version <= upTo))
        {
            if (provider == DatabaseProvider.Sqlite && store == Store.Records && m.Version == SqliteAuditMovedOut)
            {
                await SqliteAuditMove.EnsureCopiedAsync(connection, tx, auditConnectionString, ct);
            }

            await ExecuteAsync(connection, tx, m.Sql, ct);
            await using var record = connection.CreateCommand();
            record.Transaction = tx;
            record.CommandText = $"INSERT INTO {table} (version, name, applied_at) VALUES ({m.Version}, '{m.Name}', {(provider == DatabaseProvider.Postgres ? "now()" : "datetime('now')")})";
            await record.ExecuteNonQueryAsync(ct);
            applied.Add($"{store.ToString().ToLowerInvariant()} {m.Version:0000} {m.Name}");
        }

        await tx.CommitAsync(ct);
        return applied;
    }

    internal static DbConnection Open(DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            return new NpgsqlConnection(PostgresConnectionDefaults.Apply(connectionString));
        }

        var builder = new SqliteConnectionStringBuilder(connectionString);
        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        return new SqliteConnection(connectionString);
    }

    private static Migration Load(Assembly assembly, string resource, string fileName)
    {
        var parts = fileName.Split('_', 2);
        var version = int.Parse(parts[0].TrimStart('_'), CultureInfo.InvariantCulture);
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return new Migration(version, parts.Length > 1 ? parts[1] : fileName, reader.ReadToEnd());
    }
}
