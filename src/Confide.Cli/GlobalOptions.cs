using System.CommandLine;
using Confide.Data.Storage;
using Microsoft.Extensions.Configuration;

namespace Confide.Cli;

/// <summary>
/// Where the records, keys, audit log and master key are. Each option overrides the configuration read from the environment
/// (<c>Confide__Database</c>, <c>ConnectionStrings__Records</c>, <c>ConnectionStrings__Keys</c>, <c>ConnectionStrings__Audit</c>,
/// <c>Confide__MasterKey</c>, <c>Confide__MasterKeyFile</c>), as the web app reads it.
/// </summary>
internal sealed class GlobalOptions(IReadOnlyDictionary<string, string?>? environment)
{
    public Option<string> Database { get; } = new Option<string>("--database")
    {
        Description = "The database engine: sqlite (default) or postgres. Environment: Confide__Database.",
        Recursive = true,
    }.AcceptOnlyFromAmong("sqlite", "postgres");

    public Option<string> Connection { get; } = new("--connection")
    {
        Description = "Connection string of the records database. Environment: ConnectionStrings__Records.",
        Recursive = true,
    };

    public Option<string> KeysConnection { get; } = new("--keys-connection")
    {
        Description = "Connection string of the key store. Environment: ConnectionStrings__Keys.",
        Recursive = true,
    };

    public Option<string> AuditConnection { get; } = new("--audit-connection")
    {
        Description = "Connection string of the audit log (SQLite only; by default beside the records database, confide.db → confide-audit.db). Environment: ConnectionStrings__Audit.",
        Recursive = true,
    };

    public Option<string> MasterKeyFile { get; } = new("--master-key-file")
    {
        Description = "The master key file (created on first use). Environment: Confide__MasterKeyFile, or the key itself in Confide__MasterKey.",
        Recursive = true,
    };

    public IEnumerable<Option> All => [Database, Connection, KeysConnection, AuditConnection, MasterKeyFile];

    /// <summary>The storage options: environment first, then the options given on the command line.</summary>
    public StorageOptions Storage(ParseResult parse)
    {
        var builder = new ConfigurationBuilder();
        if (environment is null)
        {
            builder.AddEnvironmentVariables();
        }
        else
        {
            builder.AddInMemoryCollection(environment.Select(kv => KeyValuePair.Create(kv.Key.Replace("__", ":", StringComparison.Ordinal), kv.Value)));
        }

        var overrides = new Dictionary<string, string?>();
        Set(overrides, "Confide:Database", parse.GetValue(Database));
        Set(overrides, "ConnectionStrings:Records", parse.GetValue(Connection));
        Set(overrides, "ConnectionStrings:Keys", parse.GetValue(KeysConnection));
        Set(overrides, "ConnectionStrings:Audit", parse.GetValue(AuditConnection));
        if (parse.GetValue(MasterKeyFile) is { } file)
        {
            // A key file named on the command line wins over a key in the environment.
            overrides["Confide:MasterKeyFile"] = file;
            overrides["Confide:MasterKey"] = "";
        }

        return StorageOptions.FromConfiguration(builder.AddInMemoryCollection(overrides).Build());
    }

    private static void Set(Dictionary<string, string?> overrides, string key, string? value)
    {
        if (value is not null)
        {
            overrides[key] = value;
        }
    }
}
