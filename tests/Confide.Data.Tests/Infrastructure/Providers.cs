using Confide.Data.Storage;

namespace Confide.Data.Tests.Infrastructure;

/// <summary>Theory data that runs a storage test on every engine in the same test run.</summary>
public static class Providers
{
    public static TheoryData<DatabaseProvider> Both => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };
}
