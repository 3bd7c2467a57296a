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

    /// <summary>The master key as base64 (from the environment), which takes precedence over the key file.</summary>
    public string? MasterKey { get; init; }

    /// <summary>The master key file, created on first start when absent.</summary>
    public string MasterKeyFile { get; init; } = "data/master.key";

    /// <summary>The PostgreSQL schema holding the key store.</summary>
    public const string KeyStoreSchema = "keystore";

    /// <summary>
    /// Reads <c>Confide:Database</c> (sqlite|postgres), <c>ConnectionStrings:Records</c>, <c>ConnectionStrings:Keys</c>,
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
        return new StorageOptions
        {
            Provider = provider,
            RecordsConnectionString = records,
            KeysConnectionString = keys,
            MasterKey = configuration["Confide:MasterKey"],
            MasterKeyFile = configuration["Confide:MasterKeyFile"] ?? defaults.MasterKeyFile,
        };
    }
}
