using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Portal;
using Confide.Core.Sharing;
using Confide.Core.Staff;
using Confide.Data.Audit;
using Confide.Data.Crypto;
using Confide.Data.Families;
using Confide.Data.Letters;
using Confide.Data.Migrations;
using Confide.Data.Organisations;
using Confide.Data.Portal;
using Confide.Data.Staff;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Confide.Data.Tests.Portal;

/// <summary>
/// The portal on PostgreSQL as an application role that owns its database but is no superuser: everything the portal
/// does works (foreign keys into the kept-as-sent tables included), and changing what was sent is refused.
/// </summary>
public sealed class PostgresApplicationRoleTests
{
    [Fact]
    public async Task Postgres_ApplicationRoleThatOwnsTheDatabase_PublishesOpensRevokesAndRecordsLetters_ButCannotChangeThem()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (role, database) = ($"confide_app_{suffix}", $"confide_t_{suffix}");
        await AdminAsync($"CREATE ROLE {role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE; CREATE DATABASE {database} OWNER {role}");
        var asApp = new NpgsqlConnectionStringBuilder(PostgresServer.AdminConnectionString) { Database = database, Username = role }.ConnectionString;
        try
        {
            var options = new StorageOptions { Provider = DatabaseProvider.Postgres, RecordsConnectionString = asApp, KeysConnectionString = asApp };
            await SchemaMigrator.MigrateAllAsync(options);
            var clock = new TestClock(DateTimeOffset.UtcNow);
            var services = new ServiceCollection();
            services.AddSingleton<TimeProvider>(clock);
            services.AddLogging();
            services.AddConfideData(options, LocalKeyEncryptionKey.Generate());
            services.AddConfideAudit();
            services.AddPortalRecords();
            await using var provider = services.BuildServiceProvider();
            async Task<T> With<TService, T>(Func<TService, Task<T>> work) where TService : notnull
            {
                await using var scope = provider.CreateAsyncScope();
                return await work(scope.ServiceProvider.GetRequiredService<TService>());
            }

            var org = (await With<OrganisationRecords, Core.Common.Result<Organisation>>(o => o.CreateAsync("Scheme", "suffolk", 1, "id: suffolk", false))).Value;
            var coordinator = (await With<StaffAccounts, Core.Common.Result<UserId>>(s =>
                s.AddAsync(org.Id, "c@example.org", "Coordinator", [Role.Coordinator], "correct horse battery staple"))).Value;
            var family = (await With<FamilyRecords, Core.Common.Result<FamilyFile>>(f =>
                f.OpenAsync(org.Id, coordinator, new FamilyBuilder().Build(), FamilyBuilder.Referral(), coordinator))).Value;
            (await With<SupportRecords, Core.Common.Result<SupportEpisode>>(s =>
                s.StartEpisodeAsync(org.Id, family.Family.Id, SupportType.HomeVisiting, clock.Today))).Succeeded.ShouldBeTrue();
            var file = (await With<FamilyRecords, FamilyFile?>(f => f.GetAsync(org.Id, family.Family.Id)))!;

            var published = (await With<ISecureShareChannel, Core.Common.Result<PublishedShare>>(c => c.PublishAsync(new ShareParcel(org.Id, family.Family.Id,
                Guid.NewGuid(), Guid.NewGuid(), "Dr Vale", [new SharedItemCopy("note:1", InformationKind.SupportGiven, "Support", "Home visiting")],
                clock.Now.AddDays(1), coordinator))));
            var token = published.Value.LinkPath["/share/".Length..];
            var wrong = await With<PortalDesk, UnlockResult>(d => d.UnlockAsync(token, "AAAAA-AAAAA", null));
            var opened = await With<PortalDesk, UnlockResult>(d => d.UnlockAsync(token, published.Value.Passcode, null));
            var reissued = await With<SecureSharePortal, Core.Common.Result<string>>(p => p.ReissuePasscodeAsync(org.Id, published.Value.ShareId, coordinator));
            var revoked = await With<ISecureShareChannel, bool>(c => c.RevokeAsync(org.Id, published.Value.ShareId, coordinator));
            var letter = await With<ReferrerLetters, Core.Common.Result<SentLetter>>(l =>
                l.RecordSentAsync(org.Id, file, ReferrerLetterKind.SupportStarted, clock.Today, "post", coordinator, null));

            published.Errors.ShouldBeEmpty();
            wrong.Outcome.ShouldBe(UnlockOutcome.WrongPasscode);
            opened.Outcome.ShouldBe(UnlockOutcome.Opened);
            reissued.Succeeded.ShouldBeTrue();
            revoked.ShouldBeTrue();
            letter.Errors.ShouldBeEmpty();
            await using var connection = new NpgsqlConnection(asApp);
            await connection.OpenAsync();
            foreach (var sql in new[]
            {
                "UPDATE portal_shares SET expires_at = now() + interval '1 year'", "DELETE FROM portal_shares", "TRUNCATE portal_shares CASCADE",
                "UPDATE portal_share_items SET text = label", "DELETE FROM portal_share_items", "DELETE FROM portal_views",
                "UPDATE referrer_letters SET method = 'by-hand'", "DELETE FROM referrer_letters",
            })
            {
                await using var cmd = new NpgsqlCommand(sql, connection);
                var refused = await Should.ThrowAsync<PostgresException>(() => cmd.ExecuteNonQueryAsync(), sql);
                refused.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege, sql);
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await AdminAsync($"DROP DATABASE IF EXISTS {database} WITH (FORCE); DROP ROLE IF EXISTS {role}");
        }
    }

    private static async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresServer.AdminConnectionString);
        await connection.OpenAsync();
        foreach (var statement in sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            await using var cmd = new NpgsqlCommand(statement, connection);
            await cmd.ExecuteNonQueryAsync();
        }
    }
}
