using System.CommandLine;
using Confide.Data;
using Confide.Data.Audit;
using Confide.Data.Migrations;
using Confide.Data.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Confide.Cli;

/// <summary>What every command shares: the global options, and opening a migrated store with the real services.</summary>
internal sealed class CliStore(GlobalOptions options)
{
    public GlobalOptions Options => options;

    /// <summary>Migrates both stores (idempotent) and returns the data services, as the web app wires them.</summary>
    public async Task<ServiceProvider> OpenAsync(ParseResult parse, CancellationToken ct)
    {
        var storage = options.Storage(parse);
        await SchemaMigrator.MigrateAllAsync(storage, ct);
        return Services(storage);
    }

    /// <summary>
    /// The audit log of the configured databases, opened read-only (SQLite <c>Mode=ReadOnly</c>, PostgreSQL read-only
    /// transactions): checking a copy must not change it, and needs neither migrations nor the master key.
    /// </summary>
    public AuditReader ReadOnlyAudit(ParseResult parse)
    {
        var storage = options.Storage(parse);
        if (storage.Provider == DatabaseProvider.Sqlite && StorageOptions.SqliteFile(storage.AuditConnectionString) is { } audit
            && !audit.StartsWith("file:", StringComparison.OrdinalIgnoreCase) && !File.Exists(audit))
        {
            throw new StorageConfigurationException(
                $"There is no audit log at {audit}. Since Confide keeps the SQLite audit log in a file of its own, copy that file " +
                "(confide-audit.db, beside the records) with the key store. A copy made before then holds the log in the records file: " +
                "verify it with --audit-connection \"Data Source=<the copy's confide.db>\".");
        }

        return new AuditReader(storage with
        {
            RecordsConnectionString = ReadOnly(storage.Provider, storage.RecordsConnectionString),
            KeysConnectionString = ReadOnly(storage.Provider, storage.KeysConnectionString),
            AuditConnectionString = ReadOnly(storage.Provider, storage.AuditConnectionString),
        });
    }

    public static ServiceProvider Services(StorageOptions storage, Data.Crypto.IKeyEncryptionKey? masterKey = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddConfideData(storage, masterKey);
        return services.BuildServiceProvider();
    }

    private static string ReadOnly(DatabaseProvider provider, string connectionString) => provider == DatabaseProvider.Postgres
        ? new NpgsqlConnectionStringBuilder(connectionString) { Options = "-c default_transaction_read_only=on" }.ConnectionString
        : new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly }.ConnectionString;
}
