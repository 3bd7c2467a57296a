using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Confide.Web.Tests.Infrastructure;

/// <summary>Hosts the real web app on a fresh database of one engine (temporary SQLite folder or new PostgreSQL database).</summary>
public sealed class ConfideWebFactory : WebApplicationFactory<Program>
{
    private const string TestOrCookie = "TestOrCookie";
    private readonly DatabaseProvider _provider;
    private readonly string _records;
    private readonly string _keys;
    private readonly string _directory;
    private readonly Action<IWebHostBuilder>? _configure;

    private ConfideWebFactory(DatabaseProvider provider, string records, string keys, string directory, Action<IWebHostBuilder>? configure)
    {
        (_provider, _records, _keys, _directory, _configure) = (provider, records, keys, directory, configure);
    }

    /// <param name="provider">The engine.</param>
    /// <param name="pooled">
    /// PostgreSQL only: keep connections pooled (the test cluster's connection string turns pooling off). For a long-lived
    /// app shared by many requests, such as the authorization matrix's; the database is still dropped at the end.
    /// </param>
    /// <param name="configure">Last changes to the host, after the factory's own.</param>
    public static async Task<ConfideWebFactory> CreateAsync(DatabaseProvider provider, bool pooled = false, Action<IWebHostBuilder>? configure = null)
    {
        var directory = Directory.CreateTempSubdirectory("confide-web-").FullName;
        if (provider == DatabaseProvider.Sqlite)
        {
            return new ConfideWebFactory(provider, $"Data Source={Path.Combine(directory, "confide.db")}",
                $"Data Source={Path.Combine(directory, "confide-keys.db")}", directory, configure);
        }

        var cs = await PostgresServer.CreateDatabaseAsync();
        if (pooled)
        {
            cs = new NpgsqlConnectionStringBuilder(cs) { Pooling = true }.ConnectionString;
        }

        return new ConfideWebFactory(provider, cs, cs, directory, configure);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Confide:Database", _provider == DatabaseProvider.Postgres ? "postgres" : "sqlite");
        builder.UseSetting("ConnectionStrings:Records", _records);
        builder.UseSetting("ConnectionStrings:Keys", _keys);
        builder.UseSetting("Confide:MasterKeyFile", Path.Combine(_directory, "master.key"));
        builder.UseSetting("Confide:DemoFamilies", "4");
        builder.ConfigureTestServices(services =>
        {
            // Requests naming an account in X-Test-User are signed in as it; all others use the real sign-in cookie.
            services.AddAuthentication()
                .AddScheme<AuthenticationSchemeOptions, TestSignIn>(TestSignIn.SchemeName, null)
                .AddPolicyScheme(TestOrCookie, TestOrCookie, o => o.ForwardDefaultSelector = context =>
                    context.Request.Headers.ContainsKey(TestSignIn.Header) ? TestSignIn.SchemeName : Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme);
            services.PostConfigure<AuthenticationOptions>(o =>
            {
                o.DefaultScheme = TestOrCookie;
                o.DefaultAuthenticateScheme = TestOrCookie;
                o.DefaultChallengeScheme = TestOrCookie;
            });
        });
        _configure?.Invoke(builder);
    }

    /// <summary>A client acting as <paramref name="user"/> through the test sign-in scheme.</summary>
    public HttpClient ClientFor(Confide.Core.Staff.UserId user)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestSignIn.Header, user.ToString());
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_provider == DatabaseProvider.Postgres)
        {
            NpgsqlConnection.ClearAllPools();
            await PostgresServer.DropDatabaseAsync(_records);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await DeleteDirectoryAsync(_directory);
    }

    // A SQLite connection closing in WAL mode may remove its -wal/-shm files a moment after the host stops,
    // so the temporary folder can still be changing when it is first deleted: try again briefly.
    private static async Task DeleteDirectoryAsync(string directory)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.Delete(directory, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 10)
            {
                await Task.Delay(50 * attempt);
            }
        }
    }
}
