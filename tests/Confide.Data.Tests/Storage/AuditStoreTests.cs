using Confide.Core.Audit;
using Confide.Data.Audit;
using Confide.Data.Crypto;
using Confide.Data.Migrations;
using Confide.Data.Storage;
using Confide.Data.Tests.Audit;
using Confide.Data.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Confide.Data.Tests.Storage;

/// <summary>
/// On SQLite the audit log is a file of its own beside the records. A records database from before that (records
/// migrations 0003–0007 kept the log in it) has its log moved across on upgrade, hashes and signatures as stored.
/// </summary>
public sealed class AuditStoreTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("confide-audit-store-").FullName;
    private readonly LocalKeyEncryptionKey _masterKey = LocalKeyEncryptionKey.Generate();

    private string Records => $"Data Source={Path.Combine(_directory, "confide.db")};Pooling=False";
    private string Keys => $"Data Source={Path.Combine(_directory, "confide-keys.db")};Pooling=False";
    private string AuditFile => Path.Combine(_directory, "confide-audit.db");

    /// <summary>The layout before the move: the log in the records database.</summary>
    private StorageOptions OldLayout => new() { Provider = DatabaseProvider.Sqlite, RecordsConnectionString = Records, KeysConnectionString = Keys, AuditConnectionString = Records };

    private StorageOptions Current => OldLayout with { AuditConnectionString = "" };

    [Fact]
    public async Task FreshSqliteStore_KeepsTheLogInItsOwnFile_AndNoneInTheRecords()
    {
        await SchemaMigrator.MigrateAllAsync(Current);

        Current.AuditConnectionString.ShouldContain(AuditFile);
        (await TablesAsync(Records)).ShouldNotContain("audit_entries");
        (await TablesAsync(Records)).ShouldNotContain("audit_checkpoints");
        (await TablesAsync(Current.AuditConnectionString)).ShouldBe(["audit_checkpoints", "audit_entries", "schema_migrations"], ignoreOrder: true);
        await using var node = Node(Current);
        await node.AppendReadsAsync(3);
        (await node.Checkpointer.SealNowAsync()).ShouldNotBeNull().TreeSize.ShouldBe(3);
        (await node.Reader.VerifyAsync()).Status.ShouldBe(VerificationStatus.Intact);
        (await CountAsync(Current.AuditConnectionString, "audit_entries")).ShouldBe(3);
    }

    [Fact]
    public async Task OldRecordsDatabase_LogIsMovedWhole_VerifiesAsBefore_AndTheChainGoesOn()
    {
        var before = await OldLogAsync(entries: 30, sealedAt: 30);

        var applied = await SchemaMigrator.MigrateAllAsync(Current);

        applied.ShouldContain("audit log moved to its own store: 30 entries, 1 checkpoints");
        applied.ShouldContain("records 0008 audit_moved_out");
        (await TablesAsync(Records)).ShouldNotContain("audit_entries");
        await using var node = Node(Current);
        var report = await node.Reader.VerifyAsync();
        (report.Status, report.EntriesChecked, report.CheckpointsChecked).ShouldBe((VerificationStatus.Intact, 30L, 1));
        var head = await node.Reader.ReadHeadAsync();
        head.Sequence.ShouldBe(before.Head.Item1);
        head.ChainHash.ShouldBe(before.Head.Item2);
        (await node.Reader.ReadCheckpointsAsync()).Single().Signature.ShouldBe(before.Checkpoint.Signature);

        (await node.AppendReadsAsync(5)).ShouldBe([31, 32, 33, 34, 35]);
        (await node.Checkpointer.SealNowAsync()).ShouldNotBeNull().TreeSize.ShouldBe(35);
        (await node.Reader.VerifyAsync()).Status.ShouldBe(VerificationStatus.Intact);
        (await SchemaMigrator.MigrateAllAsync(Current)).ShouldBeEmpty();
    }

    [Fact]
    public async Task MoveInterruptedBeforeTheRecordsMigration_RunAgain_CopiesNothingTwice()
    {
        await OldLogAsync(entries: 12, sealedAt: 10);
        await SchemaMigrator.MigrateAsync(DatabaseProvider.Sqlite, SchemaMigrator.Store.Audit, Current.AuditConnectionString);
        (await SqliteAuditMove.CopyAsync(Records, Current.AuditConnectionString, CancellationToken.None)).ShouldNotBeNull();

        var applied = await SchemaMigrator.MigrateAllAsync(Current);

        applied.ShouldBe(["records 0008 audit_moved_out"]);
        (await CountAsync(Current.AuditConnectionString, "audit_entries")).ShouldBe(12);
        await using var node = Node(Current);
        var report = await node.Reader.VerifyAsync();
        (report.Status, report.EntriesChecked, report.LastCheckpointSize).ShouldBe((VerificationStatus.Unsealed, 12L, 10L), "two entries were never sealed");
    }

    [Fact]
    public async Task AuditStoreHoldsADifferentLog_UpgradeRefused_AndNothingChanges()
    {
        await OldLogAsync(entries: 8, sealedAt: 8);
        var other = OldLayout with { AuditConnectionString = $"Data Source={AuditFile};Pooling=False" };
        await SchemaMigrator.MigrateAsync(DatabaseProvider.Sqlite, SchemaMigrator.Store.Audit, other.AuditConnectionString);
        await using (var stranger = Node(other))
        {
            await stranger.AppendReadsAsync(8, new AuditEventBuilder().Because("supervision", "another scheme's log"));
        }

        var refused = await Should.ThrowAsync<StorageConfigurationException>(() => SchemaMigrator.MigrateAllAsync(Current));

        refused.Message.ShouldContain("holds a different one. Nothing was changed.");
        (await CountAsync(Records, "audit_entries")).ShouldBe(8);
        (await CountAsync(Records, "schema_migrations")).ShouldBe(SchemaMigrator.SqliteAuditMovedOut - 1);
        (await CountAsync(Current.AuditConnectionString, "audit_entries")).ShouldBe(8);
    }

    [Fact]
    public async Task AuditStoreThatIsTheRecordsTheKeysOrInMemory_Refused()
    {
        foreach (var audit in new[] { Records, $"Data Source={Path.Combine(_directory, "confide.db")}", Keys, "Data Source=:memory:" })
        {
            var refused = await Should.ThrowAsync<StorageConfigurationException>(() => SchemaMigrator.MigrateAllAsync(Current with { AuditConnectionString = audit }));
            refused.Message.ShouldContain("must be a file of its own");
        }

        var memory = await Should.ThrowAsync<StorageConfigurationException>(() => SchemaMigrator.MigrateAllAsync(Current with { RecordsConnectionString = "Data Source=:memory:" }));
        memory.Message.ShouldContain("must be a file of its own");
        File.Exists(Path.Combine(_directory, "confide.db")).ShouldBeFalse("nothing was created");
    }

    [Fact]
    public async Task AuditFileMissingAfterTheRecordsWereUsedWithOne_Refused_NotANewEmptyLog()
    {
        await SchemaMigrator.MigrateAllAsync(Current);
        await using (var node = Node(Current))
        {
            await node.AppendReadsAsync(4);
        }

        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(_directory, "confide-audit.db*"))
        {
            File.Delete(file);
        }

        var refused = await Should.ThrowAsync<StorageConfigurationException>(() => SchemaMigrator.MigrateAllAsync(Current));

        refused.Message.ShouldContain("is missing or empty, but these records have been used with one");
        (await TablesAsync(Current.AuditConnectionString)).ShouldBeEmpty("no new log was started");
    }

    [Fact]
    public async Task RecordsMigratedAloneOverAnUnmovedLog_RefusesToDropIt()
    {
        await OldLogAsync(entries: 5, sealedAt: 5);

        var refused = await Should.ThrowAsync<StorageConfigurationException>(() => SchemaMigrator.MigrateAsync(DatabaseProvider.Sqlite, SchemaMigrator.Store.Records, Records));

        refused.Message.ShouldContain("still holds audit entries that are not in the audit store");
        (await CountAsync(Records, "audit_entries")).ShouldBe(5);
        (await SchemaMigrator.MigrateAllAsync(Current)).ShouldContain("audit log moved to its own store: 5 entries, 1 checkpoints");
    }

    [Fact]
    public void AuditConnection_DefaultsBesideTheRecords_OrAsConfigured()
    {
        StorageOptions From(params (string Key, string Value)[] settings) => StorageOptions.FromConfiguration(
            new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build());

        new SqliteConnectionStringBuilder(From().AuditConnectionString).DataSource.ShouldBe("data/confide-audit.db");
        new SqliteConnectionStringBuilder(From(("ConnectionStrings:Records", "Data Source=/srv/scheme/records.sqlite;Pooling=False")).AuditConnectionString)
            .ShouldSatisfyAllConditions(b => b.DataSource.ShouldBe("/srv/scheme/records-audit.sqlite"), b => b.Pooling.ShouldBeFalse());
        From(("ConnectionStrings:Audit", "Data Source=/mnt/log/audit.db")).AuditConnectionString.ShouldBe("Data Source=/mnt/log/audit.db");
        From(("Confide:Database", "postgres"), ("ConnectionStrings:Records", "Host=db;Database=confide")).AuditConnectionString.ShouldBe("Host=db;Database=confide");
        Should.Throw<StorageConfigurationException>(() => From(("Confide:Database", "postgres"), ("ConnectionStrings:Records", "Host=db"), ("ConnectionStrings:Audit", "Host=elsewhere")))
            .Message.ShouldContain("on PostgreSQL the audit log is kept in the records database");
        new SqliteConnectionStringBuilder(From(("ConnectionStrings:Records", "Data Source=file:/srv/scheme/records.db?cache=shared")).AuditConnectionString)
            .DataSource.ShouldBe("file:/srv/scheme/records-audit.db?cache=shared");
        From(("ConnectionStrings:Records", "Data Source=:memory:")).ToString().ShouldContain(":memory:");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>A records database as records migrations 0001–0007 left it, its log holding <paramref name="entries"/> entries sealed at <paramref name="sealedAt"/>.</summary>
    private async Task<(Checkpoint Checkpoint, (long, byte[]) Head)> OldLogAsync(int entries, int sealedAt)
    {
        await SchemaMigrator.MigrateAsync(DatabaseProvider.Sqlite, SchemaMigrator.Store.Records, Records, SchemaMigrator.SqliteAuditMovedOut - 1, CancellationToken.None);
        await SchemaMigrator.MigrateAsync(DatabaseProvider.Sqlite, SchemaMigrator.Store.Keys, Keys);
        await using var node = Node(OldLayout);
        await node.AppendReadsAsync(sealedAt);
        var checkpoint = (await node.Checkpointer.SealNowAsync()).ShouldNotBeNull();
        await node.AppendReadsAsync(entries - sealedAt);
        (await node.Reader.VerifyAsync()).Status.ShouldBe(entries > sealedAt ? VerificationStatus.Unsealed : VerificationStatus.Intact);
        return (checkpoint, await node.Reader.ReadHeadAsync());
    }

    private AuditNode Node(StorageOptions options) => AuditNode.Start(options, _masterKey, TimeProvider.System);

    private static async Task<List<string>> TablesAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
        var tables = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    private static async Task<long> CountAsync(string connectionString, string table)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT count(*) FROM {table}";
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
