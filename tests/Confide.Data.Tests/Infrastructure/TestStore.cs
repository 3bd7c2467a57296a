using Confide.Core.Organisations;
using Confide.Core.Staff;
using Confide.Data.Crypto;
using Confide.Data.Migrations;
using Confide.Data.Organisations;
using Confide.Data.Staff;
using Confide.Data.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Data.Tests.Infrastructure;

/// <summary>
/// A freshly migrated Confide store on one engine (a temporary SQLite folder, or a new PostgreSQL database),
/// with the real services wired as in production. No mocks of the database.
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    private readonly string? _directory;

    private TestStore(DatabaseProvider provider, StorageOptions options, LocalKeyEncryptionKey masterKey, string? directory)
    {
        Provider = provider;
        Options = options;
        MasterKey = masterKey;
        _directory = directory;
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddLogging();
        services.AddConfideData(options, masterKey);
        Services = services.BuildServiceProvider();
    }

    public DatabaseProvider Provider { get; }
    public StorageOptions Options { get; }
    public LocalKeyEncryptionKey MasterKey { get; }
    public TestClock Clock { get; } = new();
    public ServiceProvider Services { get; }

    /// <summary>The SQLite records file (SQLite only).</summary>
    public string RecordsFile => Path.Combine(_directory!, "confide.db");

    public static async Task<TestStore> CreateAsync(DatabaseProvider provider)
    {
        StorageOptions options;
        string? directory = null;
        if (provider == DatabaseProvider.Sqlite)
        {
            directory = Directory.CreateTempSubdirectory("confide-test-").FullName;
            options = new StorageOptions
            {
                Provider = provider,
                RecordsConnectionString = $"Data Source={Path.Combine(directory, "confide.db")};Pooling=False",
                KeysConnectionString = $"Data Source={Path.Combine(directory, "confide-keys.db")};Pooling=False",
            };
        }
        else
        {
            var cs = await PostgresServer.CreateDatabaseAsync();
            options = new StorageOptions { Provider = provider, RecordsConnectionString = cs, KeysConnectionString = cs };
        }

        await SchemaMigrator.MigrateAllAsync(options);
        return new TestStore(provider, options, LocalKeyEncryptionKey.Generate(), directory);
    }

    /// <summary>Runs <paramref name="work"/> with a fresh DI scope (as one web request would).</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<T> WithAsync<TService, T>(Func<TService, Task<T>> work) where TService : notnull =>
        InScopeAsync(sp => work(sp.GetRequiredService<TService>()));

    public async Task<Organisation> CreateOrganisationAsync(string name = "Test Scheme") =>
        (await WithAsync<OrganisationRecords, Core.Common.Result<Organisation>>(o => o.CreateAsync(name, "suffolk", 1, "id: suffolk", false))).Value;

    public async Task<UserId> AddUserAsync(Organisation org, Role role, string? email = null) =>
        (await WithAsync<StaffAccounts, Core.Common.Result<UserId>>(s =>
            s.AddAsync(org.Id, email ?? $"{role.Name()}-{Guid.NewGuid():N}@example.org", $"Test {role}", [role], "correct horse battery staple"))).Value;

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (Provider == DatabaseProvider.Postgres)
        {
            await PostgresServer.DropDatabaseAsync(Options.RecordsConnectionString);
        }
        else if (_directory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_directory, recursive: true);
        }
    }
}
