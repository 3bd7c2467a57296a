using System.Data.Common;
using Confide.Data.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Confide.Data.Tests.Infrastructure;

/// <summary>A records context on a test store that counts the commands it sends: proof that a read is one query, or a constant number.</summary>
public sealed class CountingContext : DbCommandInterceptor
{
    public int Commands { get; private set; }

    public static (ConfideDbContext Db, CountingContext Counter) Create(TestStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var counter = new CountingContext();
        var builder = new DbContextOptionsBuilder<ConfideDbContext>().AddInterceptors(counter);
        DataServiceCollectionExtensions.Configure(builder, store.Provider, store.Options.RecordsConnectionString);
        return (new ConfideDbContext(builder.Options), counter);
    }

    public void Reset() => Commands = 0;

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Commands++;
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
