using Confide.Data;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Cli.Tests.Infrastructure;

/// <summary>
/// An empty store for the CLI on one engine (a temporary SQLite folder, or a new PostgreSQL database) and a
/// temporary folder for the master key file. Runs <c>confide</c> in-process with an empty environment.
/// </summary>
public sealed class CliWorkspace : IAsyncDisposable
{
    private CliWorkspace(DatabaseProvider provider, string directory, string records, string keys)
    {
        (Provider, Directory, RecordsConnection, KeysConnection) = (provider, directory, records, keys);
    }

    public DatabaseProvider Provider { get; }
    public string Directory { get; }
    public string RecordsConnection { get; }
    public string KeysConnection { get; }
    public string KeyFile => Path.Combine(Directory, "master.key");

    /// <summary>The process environment the CLI sees (empty unless a test sets it).</summary>
    public Dictionary<string, string?> Environment { get; } = [];

    /// <summary>Whether runs pass <c>--master-key-file</c> (tests of a key from the environment turn it off).</summary>
    public bool PassKeyFile { get; set; } = true;

    public static async Task<CliWorkspace> CreateAsync(DatabaseProvider provider)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("confide-cli-test-").FullName;
        if (provider == DatabaseProvider.Sqlite)
        {
            return new CliWorkspace(provider, directory,
                $"Data Source={Path.Combine(directory, "confide.db")};Pooling=False", $"Data Source={Path.Combine(directory, "confide-keys.db")};Pooling=False");
        }

        var cs = await PostgresServer.CreateDatabaseAsync();
        return new CliWorkspace(provider, directory, cs, cs);
    }

    public async Task<CliRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] global = ["--database", Provider == DatabaseProvider.Postgres ? "postgres" : "sqlite", "--connection", RecordsConnection, "--keys-connection", KeysConnection];
        string[] keyFile = PassKeyFile ? ["--master-key-file", KeyFile] : [];
        var exit = await CliApp.RunAsync([.. args, .. global, .. keyFile], output, error, Environment);
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    /// <summary>The data services over this store, with the master key read from <paramref name="masterKeyFile"/> (default: the key file).</summary>
    public ServiceProvider Services(string? masterKeyFile = null, string? masterKey = null, Action<IServiceCollection>? more = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddConfideData(Storage(masterKeyFile, masterKey));
        more?.Invoke(services);
        return services.BuildServiceProvider();
    }

    /// <summary>The storage options the CLI runs with in this workspace.</summary>
    public StorageOptions Storage(string? masterKeyFile = null, string? masterKey = null) => new()
    {
        Provider = Provider,
        RecordsConnectionString = RecordsConnection,
        KeysConnectionString = KeysConnection,
        MasterKeyFile = masterKeyFile ?? KeyFile,
        MasterKey = masterKey,
    };

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            await PostgresServer.DropDatabaseAsync(RecordsConnection);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
