using System.Data.Common;
using Confide.Data.Audit;
using Confide.Data.Migrations;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using Npgsql;

namespace Confide.Data.Tests.Audit;

public sealed class AppendOnlyTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Database_RefusesUpdateAndDeleteOfEntriesAndCheckpoints(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var node = AuditNode.Start(store);
        await node.AppendReadsAsync(3);
        await node.Checkpointer.SealNowAsync();
        var tamper = new AuditTamper(store);

        string[] statements =
        [
            "UPDATE audit_entries SET reason = 'nothing happened' WHERE sequence = 2",
            "DELETE FROM audit_entries WHERE sequence = 3",
            "DELETE FROM audit_entries",
            "UPDATE audit_checkpoints SET tree_size = 2",
            "DELETE FROM audit_checkpoints",
        ];
        foreach (var sql in statements)
        {
            var refused = await Should.ThrowAsync<DbException>(() => tamper.ExecuteAsync(sql), sql);
            refused.Message.ShouldContain("append-only", Case.Insensitive, sql);
        }

        (await node.Reader.VerifyAsync()).Status.ShouldBe(Core.Audit.VerificationStatus.Intact);
    }

    [Fact]
    public async Task Sqlite_InsertOrReplaceOverAnEntry_Refused()
    {
        await using var store = await TestStore.CreateAsync(DatabaseProvider.Sqlite);
        await using var node = AuditNode.Start(store);
        await node.AppendReadsAsync(2);
        var entry = (await node.Reader.FindAsync(2))!;
        var tamper = new AuditTamper(store);

        var refused = await Should.ThrowAsync<DbException>(() => tamper.ExecuteAsync(
            "INSERT OR REPLACE INTO audit_entries SELECT sequence, at, organisation_id, 'someone-else', action, resource_kind, resource_id, part, purpose, reason, outcome, rule, request_id, leaf_hash, chain_hash FROM audit_entries WHERE sequence = 2"));

        refused.Message.ShouldContain("append-only");
        (await node.Reader.FindAsync(2))!.Event.ShouldBe(entry.Event);
    }

    [Fact]
    public async Task Postgres_TruncateRefusedEvenForTheSuperuser()
    {
        await using var store = await TestStore.CreateAsync(DatabaseProvider.Postgres);
        await using var node = AuditNode.Start(store);
        await node.AppendReadsAsync(2);

        var refused = await Should.ThrowAsync<PostgresException>(() => new AuditTamper(store).ExecuteAsync("TRUNCATE audit_entries"));

        refused.MessageText.ShouldContain("append-only");
    }

    [Fact]
    public async Task Postgres_ApplicationRoleThatOwnsTheDatabase_PermissionDeniedOnUpdateAndDelete()
    {
        var role = "confide_app_" + Guid.NewGuid().ToString("N")[..8];
        var database = "confide_t_" + Guid.NewGuid().ToString("N")[..16];
        await AdminAsync($"CREATE ROLE {role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE; CREATE DATABASE {database} OWNER {role}");
        var asApp = new NpgsqlConnectionStringBuilder(PostgresServer.AdminConnectionString) { Database = database, Username = role }.ConnectionString;
        try
        {
            var options = new StorageOptions { Provider = DatabaseProvider.Postgres, RecordsConnectionString = asApp, KeysConnectionString = asApp };
            await SchemaMigrator.MigrateAllAsync(options);
            await using (var log = new AuditLog(options, Microsoft.Extensions.Logging.Abstractions.NullLogger<AuditLog>.Instance))
            {
                (await log.AppendAsync(new AuditEventBuilder().Build())).ShouldBe(1);
            }

            await using var connection = new NpgsqlConnection(asApp);
            await connection.OpenAsync();
            foreach (var sql in new[] { "UPDATE audit_entries SET reason = 'x'", "DELETE FROM audit_entries", "TRUNCATE audit_entries", "DELETE FROM audit_checkpoints" })
            {
                await using var cmd = new NpgsqlCommand(sql, connection);
                var refused = await Should.ThrowAsync<PostgresException>(() => cmd.ExecuteNonQueryAsync(), sql);
                refused.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege, sql);
                refused.MessageText.ShouldStartWith("permission denied", Case.Insensitive, sql);
            }

            // Reading and appending stay allowed.
            await using var count = new NpgsqlCommand("SELECT count(*) FROM audit_entries", connection);
            (await count.ExecuteScalarAsync()).ShouldBe(1L);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await AdminAsync($"DROP DATABASE IF EXISTS {database} WITH (FORCE); DROP ROLE IF EXISTS {role}");
        }
    }

    [Fact]
    public async Task Postgres_SeparateOwnerAndApplicationRoles_AppendsButCannotChangeOrUnguardTheLog()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (owner, app, database) = ($"confide_owner_{suffix}", $"confide_app_{suffix}", $"confide_t_{suffix}");
        await AdminAsync($"CREATE ROLE {owner} LOGIN; CREATE ROLE {app} LOGIN; CREATE DATABASE {database} OWNER {owner}");
        string As(string role) => new NpgsqlConnectionStringBuilder(PostgresServer.AdminConnectionString) { Database = database, Username = role }.ConnectionString;
        StorageOptions Options(string role) => new() { Provider = DatabaseProvider.Postgres, RecordsConnectionString = As(role), KeysConnectionString = As(role) };
        try
        {
            await SchemaMigrator.MigrateAllAsync(Options(owner));
            await using (var asOwner = new NpgsqlConnection(As(owner)))
            {
                await asOwner.OpenAsync();
                // As docs/audit.md sets it up.
                await using var grants = new NpgsqlCommand($"""
                    GRANT USAGE ON SCHEMA public, keystore TO {app};
                    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public, keystore TO {app};
                    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public, keystore TO {app};
                    REVOKE UPDATE, DELETE, TRUNCATE ON audit_entries, audit_checkpoints FROM {app};
                    """, asOwner);
                await grants.ExecuteNonQueryAsync();
            }

            var options = Options(app);
            (await SchemaMigrator.MigrateAllAsync(options)).ShouldBeEmpty("the app starts on a migrated database without CREATE rights");
            await using (var log = new AuditLog(options, Microsoft.Extensions.Logging.Abstractions.NullLogger<AuditLog>.Instance))
            {
                (await log.AppendAsync(new AuditEventBuilder().Build())).ShouldBe(1);
                using var keys = new AuditSigningKeys(options, Data.Crypto.LocalKeyEncryptionKey.Generate(), TimeProvider.System);
                using var checkpointer = new AuditCheckpointer(options, new AuditReader(options), keys, log, TimeProvider.System,
                    Microsoft.Extensions.Logging.Abstractions.NullLogger<AuditCheckpointer>.Instance);
                (await checkpointer.SealNowAsync()).ShouldNotBeNull();
            }

            await using var connection = new NpgsqlConnection(As(app));
            await connection.OpenAsync();
            foreach (var (sql, expected) in new[]
            {
                ("UPDATE audit_entries SET reason = 'x'", "permission denied"),
                ("DELETE FROM audit_checkpoints", "permission denied"),
                ("ALTER TABLE audit_entries DISABLE TRIGGER USER", "must be owner"),
                ("DROP TRIGGER audit_entries_append_only ON audit_entries", "must be owner"),
            })
            {
                await using var cmd = new NpgsqlCommand(sql, connection);
                var refused = await Should.ThrowAsync<PostgresException>(() => cmd.ExecuteNonQueryAsync(), sql);
                refused.MessageText.ShouldStartWith(expected, Case.Insensitive, sql);
            }

            (await new AuditReader(options).VerifyAsync()).Status.ShouldBe(Core.Audit.VerificationStatus.Intact);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await AdminAsync($"DROP DATABASE IF EXISTS {database} WITH (FORCE); DROP ROLE IF EXISTS {app}; DROP ROLE IF EXISTS {owner}");
        }
    }

    private static async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresServer.AdminConnectionString);
        await connection.OpenAsync();
        foreach (var statement in sql.Split("; "))
        {
            await using var cmd = new NpgsqlCommand(statement, connection);
            await cmd.ExecuteNonQueryAsync();
        }
    }
}
