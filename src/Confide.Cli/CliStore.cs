using System.CommandLine;
using Confide.Data;
using Confide.Data.Migrations;
using Confide.Data.Storage;
using Microsoft.Extensions.DependencyInjection;

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

    public static ServiceProvider Services(StorageOptions storage, Data.Crypto.IKeyEncryptionKey? masterKey = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddConfideData(storage, masterKey);
        return services.BuildServiceProvider();
    }
}
