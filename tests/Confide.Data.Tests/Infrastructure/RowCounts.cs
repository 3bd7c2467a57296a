using Confide.Data.Keys;
using Confide.Data.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Data.Tests.Infrastructure;

/// <summary>How many rows each family-file table holds: proof that a refused operation wrote nothing.</summary>
public sealed record RowCounts(int Families, int Members, int Referrals, int Notes, int SearchTerms, int FamilyKeys)
{
    public static async Task<RowCounts> ReadAsync(TestStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var scope = store.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfideDbContext>();
        await using var keys = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<KeyStoreDbContext>>().CreateDbContextAsync();
        return new RowCounts(
            await db.Families.CountAsync(), await db.Members.CountAsync(), await db.Referrals.CountAsync(),
            await db.Notes.CountAsync(), await db.SearchTerms.CountAsync(), await keys.FamilyKeys.CountAsync());
    }
}
