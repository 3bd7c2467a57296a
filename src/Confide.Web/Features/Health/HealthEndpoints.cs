using Confide.Data.Keys;
using Confide.Data.Records;
using Microsoft.EntityFrameworkCore;

namespace Confide.Web.Features.Health;

/// <summary><c>/health</c>: can this node reach both the records database and the key store?</summary>
internal static class HealthEndpoints
{
    public sealed record HealthReport(string Status, string Records, string Keys);

    public static IServiceCollection AddConfideHealth(this IServiceCollection services) => services;

    public static void MapConfideHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (ConfideDbContext records, IDbContextFactory<KeyStoreDbContext> keyStore, CancellationToken ct) =>
        {
            var recordsOk = await CanQueryAsync(() => records.Organisations.AnyAsync(ct));
            await using var keys = await keyStore.CreateDbContextAsync(ct);
            var keysOk = await CanQueryAsync(() => keys.OrganisationKeys.AnyAsync(ct));
            var report = new HealthReport(recordsOk && keysOk ? "healthy" : "unhealthy", recordsOk ? "ok" : "unreachable", keysOk ? "ok" : "unreachable");
            return Results.Json(report, statusCode: recordsOk && keysOk ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
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
