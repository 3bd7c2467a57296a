using Confide.Data.Audit;
using Confide.Data.Keys;
using Confide.Data.Records;
using Microsoft.EntityFrameworkCore;

namespace Confide.Web.Features.Health;

/// <summary><c>/health</c>: can this node reach the records database, the key store and the audit log (on SQLite a file of its own)?</summary>
internal static class HealthEndpoints
{
    public sealed record HealthReport(string Status, string Records, string Keys, string Audit);

    public static IServiceCollection AddConfideHealth(this IServiceCollection services) => services;

    public static void MapConfideHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (ConfideDbContext records, IDbContextFactory<KeyStoreDbContext> keyStore, AuditReader audit, CancellationToken ct) =>
        {
            var recordsOk = await CanQueryAsync(() => records.Organisations.AnyAsync(ct));
            await using var keys = await keyStore.CreateDbContextAsync(ct);
            var keysOk = await CanQueryAsync(() => keys.OrganisationKeys.AnyAsync(ct));
            var auditOk = await CanQueryAsync(async () => (await audit.ReadHeadAsync(ct)).Sequence >= 0);
            var healthy = recordsOk && keysOk && auditOk;
            var report = new HealthReport(healthy ? "healthy" : "unhealthy", recordsOk ? "ok" : "unreachable", keysOk ? "ok" : "unreachable", auditOk ? "ok" : "unreachable");
            return Results.Json(report, statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
    }

    private static async Task<bool> CanQueryAsync(Func<Task<bool>> query)
    {
        try
        {
            await query();
            return true;
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            return false;
        }
    }
}
