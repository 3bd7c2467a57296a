using Confide.Data.Audit;
using Confide.Data;
using Confide.Data.Crypto;
using Confide.Data.Migrations;
using Confide.Data.Storage;

namespace Confide.Web;

/// <summary>Wires storage from configuration and brings the databases up to date at start-up.</summary>
internal static class StorageStartup
{
    public static void AddConfideStorage(this WebApplicationBuilder builder)
    {
        var options = StorageOptions.FromConfiguration(builder.Configuration);
        var masterKey = MasterKeySource.Load(options, out var created);
        builder.Services.AddSingleton(new MasterKeyStatus(created, Path.GetFullPath(options.MasterKeyFile)));
        builder.Services.AddConfideData(options, masterKey);
        builder.Services.AddConfideAudit();
    }

    public static async Task PrepareStorageAsync(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Confide.Startup");
        var options = app.Services.GetRequiredService<StorageOptions>();
        var keyStatus = app.Services.GetRequiredService<MasterKeyStatus>();
        if (keyStatus.Created)
        {
            logger.LogWarning("Created a new master key at {KeyFile}. Back it up apart from the database: without it no family file can be read.", keyStatus.Path);
        }

        var applied = await SchemaMigrator.MigrateAllAsync(options);
        foreach (var migration in applied)
        {
            logger.LogInformation("Applied migration {Migration}", migration);
        }

        await DemoStartup.EnsureDemoAsync(app);
    }

    internal sealed record MasterKeyStatus(bool Created, string Path);
}
