using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Confide.Data.Storage;

/// <summary>
/// Where Confide keeps records and keys, and where the master key comes from. With no configuration at all
/// it uses SQLite files under <c>./data</c> and a key file beside them.
/// </summary>
public sealed record StorageOptions
{
    /// <summary>The database engine.</summary>
    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>Connection string of the records database.</summary>
    public string RecordsConnectionString { get; init; } = "Data Source=data/confide.db";

    /// <summary>Connection string of the key store; on PostgreSQL it defaults to the records database (schema <c>keystore</c>).</summary>
    public string KeysConnectionString { get; init; } = "Data Source=data/confide-keys.db";

    /// <summary>
    /// Connection string of the audit log. On SQLite the log is a file of its own, by default beside the records
    /// database with <c>-audit</c> added to its name (<c>data/confide.db</c> → <c>data/confide-audit.db</c>): every
    /// commit to a SQLite file makes each other connection to it drop its page cache, and the log commits on every
    /// opening of a file. On PostgreSQL the log is in the records database, and this is the records connection string.
    /// Empty means the default.
    /// </summary>
    public string AuditConnectionString
    {
        get => _audit ?? (Provider == DatabaseProvider.Postgres ? RecordsConnectionString : BesideRecords(RecordsConnectionString, "-audit"));
        init => _audit = string.IsNullOrWhiteSpace(value) ? null : value;
    }

    private readonly string? _audit;

    /// <summary>The master key as base64 (from the environment), which takes precedence over the key file.</summary>
    public string? MasterKey { get; init; }

    /// <summary>The master key file, created on first start when absent.</summary>
    public string MasterKeyFile { get; init; } = "data/master.key";

    /// <summary>The PostgreSQL schema holding the key store.</summary>
    public const string KeyStoreSchema = "keystore";

    /// <summary>
    /// Reads <c>Confide:Database</c> (sqlite|postgres), <c>ConnectionStrings:Records</c>, <c>ConnectionStrings:Keys</c>,
    /// <c>ConnectionStrings:Audit</c> (SQLite only),
    /// <c>Confide:MasterKey</c> and <c>Confide:MasterKeyFile</c>. Environment variables use <c>__</c> for <c>:</c>.
    /// </summary>
    public static StorageOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var providerText = configuration["Confide:Database"] ?? "sqlite";
        var provider = providerText.Trim().ToLowerInvariant() switch
        {
            "sqlite" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" => DatabaseProvider.Postgres,
            _ => throw new StorageConfigurationException(
                $"Confide:Database is '{providerText}'; use 'sqlite' (the embedded default) or 'postgres'."),
        };
        var defaults = new StorageOptions();
        var records = configuration.GetConnectionString("Records");
        if (provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(records))
        {
            throw new StorageConfigurationException(
                "Confide:Database is 'postgres' but ConnectionStrings:Records is not set (environment: ConnectionStrings__Records).");
        }

        records ??= defaults.RecordsConnectionString;
        var keys = configuration.GetConnectionString("Keys")
            ?? (provider == DatabaseProvider.Postgres ? records : defaults.KeysConnectionString);
        var audit = configuration.GetConnectionString("Audit");
        if (provider == DatabaseProvider.Postgres && !string.IsNullOrWhiteSpace(audit))
        {
            throw new StorageConfigurationException(
                "ConnectionStrings:Audit is set, but on PostgreSQL the audit log is kept in the records database; remove the setting (environment: ConnectionStrings__Audit).");
        }

        return new StorageOptions
        {
            Provider = provider,
            RecordsConnectionString = records,
            KeysConnectionString = keys,
            AuditConnectionString = audit ?? "",
            MasterKey = configuration["Confide:MasterKey"],
            MasterKeyFile = configuration["Confide:MasterKeyFile"] ?? defaults.MasterKeyFile,
        };
    }

    /// <summary>
    /// The file a SQLite connection string names, as a full path; a <c>file:</c> URI as written; null for an
    /// in-memory database (no file).
    /// </summary>
    public static string? SqliteFile(string sqliteConnectionString)
    {
        var builder = new SqliteConnectionStringBuilder(sqliteConnectionString);
        var source = builder.DataSource;
        return string.IsNullOrEmpty(source) || source == ":memory:" || builder.Mode == SqliteOpenMode.Memory ? null
            : IsUri(source) ? source : Path.GetFullPath(source);
    }

    private static bool IsUri(string source) => source.StartsWith("file:", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A SQLite connection string for a file beside the given one, its name ending in <paramref name="suffix"/> (same
    /// options; a <c>file:</c> URI keeps its query). A private in-memory database has nothing beside it: the same string
    /// comes back, which the migrator refuses as an audit store (SqliteAuditMove.CheckStoresAsync).
    /// </summary>
    internal static string BesideRecords(string sqliteConnectionString, string suffix)
    {
        var builder = new SqliteConnectionStringBuilder(sqliteConnectionString);
        var source = builder.DataSource;
        if (SqliteFile(sqliteConnectionString) is null)
        {
            return sqliteConnectionString;
        }

        var query = IsUri(source) && source.IndexOf('?', StringComparison.Ordinal) is >= 0 and var q ? source[q..] : "";
        var path = source[..^query.Length];
        var extension = Path.GetExtension(path);
        builder.DataSource = path[..^extension.Length] + suffix + extension + query;
        return builder.ConnectionString;
    }
}
