using System.Data.Common;
using Confide.Data.Keys;
using Confide.Data.Migrations;
using Confide.Data.Records;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Data.Tests.Storage;

public sealed class SchemaTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Migrate_SecondRun_AppliesNothing(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);

        var again = await SchemaMigrator.MigrateAllAsync(store.Options);

        again.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void Migrations_AreNumberedWithoutGaps(DatabaseProvider provider)
    {
        foreach (var store in Enum.GetValues<SchemaMigrator.Store>())
        {
            var versions = SchemaMigrator.Available(provider, store).Select(m => m.Version).ToArray();
            if (provider == DatabaseProvider.Postgres && store == SchemaMigrator.Store.Audit)
            {
                versions.ShouldBeEmpty("on PostgreSQL the audit log is in the records database");
                continue;
            }

            versions.ShouldNotBeEmpty();
            versions.ShouldBe(Enumerable.Range(1, versions.Length).ToArray(), $"{provider} {store} migrations must be numbered 1..n");
        }
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task RecordsModel_MatchesMigratedSchema_ColumnForColumn(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var scope = store.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfideDbContext>();

        var expected = ModelColumns(db, schema: null);
        var actual = await DatabaseColumnsAsync(db.Database.GetDbConnection(), provider, schema: provider == DatabaseProvider.Postgres ? "public" : null);

        expected.Except(actual).ShouldBeEmpty("every column of the EF model must exist in the migrated schema");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task KeyStoreModel_MatchesMigratedSchema_InItsOwnStore(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var factory = store.Services.GetRequiredService<IDbContextFactory<KeyStoreDbContext>>();
        await using var keys = await factory.CreateDbContextAsync();

        var expected = ModelColumns(keys, schema: null);
        var actual = await DatabaseColumnsAsync(keys.Database.GetDbConnection(), provider,
            schema: provider == DatabaseProvider.Postgres ? StorageOptions.KeyStoreSchema : null);

        expected.Except(actual).ShouldBeEmpty("every column of the EF model must exist in the migrated schema");
        // The key store is apart from the records: the records store holds no key tables.
        await using var scope = store.Services.CreateAsyncScope();
        var records = scope.ServiceProvider.GetRequiredService<ConfideDbContext>();
        var recordTables = (await DatabaseColumnsAsync(records.Database.GetDbConnection(), provider, provider == DatabaseProvider.Postgres ? "public" : null))
            .Select(c => c.Split('.')[0]).ToHashSet();
        recordTables.ShouldNotContain("family_keys");
        recordTables.ShouldNotContain("organisation_keys");
    }

    private static HashSet<string> ModelColumns(DbContext db, string? schema)
    {
        _ = schema;
        var columns = new HashSet<string>();
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            var id = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(table, entity.GetSchema());
            foreach (var p in entity.GetProperties())
            {
                columns.Add($"{table}.{p.GetColumnName(id)}");
            }
        }

        return columns;
    }

    private static async Task<HashSet<string>> DatabaseColumnsAsync(DbConnection connection, DatabaseProvider provider, string? schema)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        await using var cmd = connection.CreateCommand();
        cmd.CommandText = provider == DatabaseProvider.Postgres
            ? $"SELECT table_name || '.' || column_name FROM information_schema.columns WHERE table_schema = '{schema}'"
            : "SELECT m.name || '.' || p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table'";
        var result = new HashSet<string>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }
}
