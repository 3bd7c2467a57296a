using Confide.Data.Storage;

namespace Confide.Web.Tests.Authorization;

/// <summary>The matrix's worlds, one per engine, each built on first use and shared by every test of the collection.</summary>
public sealed class AuthorizationWorlds : IAsyncLifetime
{
    private readonly Dictionary<DatabaseProvider, Lazy<Task<AuthorizationWorld>>> _worlds = new()
    {
        [DatabaseProvider.Sqlite] = new(() => AuthorizationWorld.BuildAsync(DatabaseProvider.Sqlite)),
        [DatabaseProvider.Postgres] = new(() => AuthorizationWorld.BuildAsync(DatabaseProvider.Postgres)),
    };

    public Task<AuthorizationWorld> ForAsync(DatabaseProvider provider) => _worlds[provider].Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var world in _worlds.Values.Where(w => w.IsValueCreated))
        {
            await (await world.Value).DisposeAsync();
        }
    }
}

/// <summary>
/// The tests that share the matrix's worlds. They run one after another (one collection), and each changes only
/// accounts and files of its own, so the matrix's expectations hold whatever the order.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AuthorizationCollection : ICollectionFixture<AuthorizationWorlds>
{
    public const string Name = "Authorization matrix";
}
