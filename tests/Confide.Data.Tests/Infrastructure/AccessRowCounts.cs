using Confide.Data.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Data.Tests.Infrastructure;

/// <summary>How many rows each access table holds (and how many accounts have a line manager): proof that a refused call wrote nothing.</summary>
public sealed record AccessRowCounts(int Grants, int GrantFiles, int Exclusions, int Sessions, int Reviews, int Alerts, int LineManaged)
{
    public static async Task<AccessRowCounts> ReadAsync(TestStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var scope = store.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfideDbContext>();
        return new AccessRowCounts(
            await db.AccessGrants.CountAsync(), await db.AccessGrantFiles.CountAsync(), await db.ConflictExclusions.CountAsync(),
            await db.AccessSessions.CountAsync(), await db.BreakGlassReviews.CountAsync(), await db.Alerts.CountAsync(),
            await db.Users.CountAsync(u => u.LineManagerId != null));
    }
}
