using System.Net;
using System.Net.Http.Json;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using Confide.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Web.Tests.Features;

public sealed class StartupTests
{
    private sealed record Health(string Status, string Records, string Keys, string Audit);

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Health_FreshInstallation_ReportsBothStoresReachable(DatabaseProvider provider)
    {
        await using var factory = await ConfideWebFactory.CreateAsync(provider);
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<Health>()).ShouldBe(new Health("healthy", "ok", "ok", "ok"));
    }

    [Fact]
    public async Task Health_AuditFileGone_ReportsTheAuditLogUnreachable()
    {
        await using var factory = await ConfideWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        using var client = factory.CreateClient();
        var audit = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(
            factory.Services.GetRequiredService<StorageOptions>().AuditConnectionString).DataSource;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(audit)!, Path.GetFileName(audit) + "*"))
        {
            File.Delete(file);
        }

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await response.Content.ReadFromJsonAsync<Health>()).ShouldBe(new Health("unhealthy", "ok", "ok", "unreachable"));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Home_IsServedWithSecurityHeaders(DatabaseProvider provider)
    {
        await using var factory = await ConfideWebFactory.CreateAsync(provider);
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain(">Confide</h1>");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldNotContain("unsafe-inline");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("no-referrer");
    }
}
