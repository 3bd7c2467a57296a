using System.Security.Cryptography;
using System.Text;
using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Core.Staff;
using Confide.Data.Crypto;
using Confide.Data.Families;
using Confide.Data.Keys;
using Confide.Data.Records;
using Confide.Data.Storage;
using Confide.Data.Tests.Families;
using Confide.Data.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Confide.Data.Tests.Crypto;

public sealed class EncryptionAtRestTests
{
    private static readonly string[] Secrets =
    [
        "Quillfeather", "Perpetua", "Marchbanks", "7 Tamarisk Close", "IP33 1AB",
        "Disclosed worries about the baby's weight", "Healthcondition-Xyzzy",
    ];

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task RawDatabase_HoldsNoNamesAddressesPostcodesOrNoteText(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var (org, coordinator) = await SeedAsync(store);
        var family = await OpenSecretFamilyAsync(store, org, coordinator);
        var note = await store.WithAsync<NoteRecords, Result<Note>>(n => n.DraftAsync(org.Id, family.Family.Id, coordinator, store.Clock.Today, Secrets[5]));
        note.Succeeded.ShouldBeTrue();

        var raw = provider == DatabaseProvider.Sqlite ? SqliteBytes(store) : await PostgresRowsAsync(store.Options.RecordsConnectionString);

        raw.Length.ShouldBeGreaterThan(1000, "the dump must actually contain the records");
        raw.ShouldContain("Test Coordinator", Case.Sensitive, "staff names are stored in clear, so the dump is readable text");
        foreach (var secret in Secrets)
        {
            raw.ShouldNotContain(secret, Case.Insensitive);
            raw.ShouldNotContain(secret.ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal), Case.Insensitive);
        }

        // The same text does appear once decrypted through the services: the check above can fail.
        var file = await store.WithAsync<FamilyRecords, FamilyFile?>(r => r.GetAsync(org.Id, family.Family.Id));
        file!.Notes.Single().Text.ShouldBe(Secrets[5]);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task DestroyedFamilyKey_MakesThatFamilyUnreadable_OthersUnaffected(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var (org, coordinator) = await SeedAsync(store);
        var doomed = await OpenSecretFamilyAsync(store, org, coordinator);
        var kept = await FamilyRecordsTests.OpenAsync(store, org.Id, coordinator, new FamilyBuilder().WithAdult("Keziah", "Underwood").Build(), FamilyBuilder.Referral());
        byte[] storedAddress;
        await using (var scope = store.Services.CreateAsyncScope())
        {
            storedAddress = (await scope.ServiceProvider.GetRequiredService<ConfideDbContext>().Families.SingleAsync(f => f.Id == doomed.Family.Id.Value)).Address;
        }

        var destroyed = await store.Services.GetRequiredService<FamilyKeyRing>().DestroyFamilyKeyAsync(doomed.Family.Id.Value);

        destroyed.ShouldBeTrue();
        await Should.ThrowAsync<FamilyKeyUnavailableException>(() => store.WithAsync<FamilyRecords, FamilyFile?>(r => r.GetAsync(org.Id, doomed.Family.Id)));
        (await store.Services.GetRequiredService<FamilyKeyRing>().FindFamilyKeyAsync(doomed.Family.Id.Value)).ShouldBeNull();
        await using (var keys = await store.Services.GetRequiredService<IDbContextFactory<KeyStoreDbContext>>().CreateDbContextAsync())
        {
            var row = await keys.FamilyKeys.SingleAsync(k => k.FamilyId == doomed.Family.Id.Value);
            row.WrappedKey.ShouldBeNull();
            row.DestroyedAt.ShouldBe(store.Clock.Now);
        }

        // A copy of the ciphertext (a backup) cannot be decrypted with any other family's key.
        var otherKey = await store.Services.GetRequiredService<FamilyKeyRing>().FindFamilyKeyAsync(kept.Family.Id.Value);
        using (var wrongCipher = new FieldCipher(otherKey!, doomed.Family.Id.Value))
        {
            Should.Throw<CryptographicException>(() => wrongCipher.Decrypt("family.address", storedAddress));
        }

        var other = await store.WithAsync<FamilyRecords, FamilyFile?>(r => r.GetAsync(org.Id, kept.Family.Id));
        other!.Family.Members.Single().FamilyName.ShouldBe("Underwood");
        var search = await store.WithAsync<FamilyRecords, IReadOnlyList<FamilySummary>>(async r => await r.SummariseAsync(org.Id, await r.SearchAsync(org.Id, "Underwood")));
        search.Single().DisplayName.ShouldBe("Underwood");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task MasterKeyRotation_RewrapsEveryKey_WithoutTouchingRecords(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var (org, coordinator) = await SeedAsync(store);
        var family = await OpenSecretFamilyAsync(store, org, coordinator);
        await FamilyRecordsTests.OpenAsync(store, org.Id, coordinator, new FamilyBuilder().Build(), FamilyBuilder.Referral());
        var before = await RecordsFingerprintAsync(store);
        var next = LocalKeyEncryptionKey.Generate();

        KeyRotation.Outcome outcome;
        await using (var keys = await store.Services.GetRequiredService<IDbContextFactory<KeyStoreDbContext>>().CreateDbContextAsync())
        {
            outcome = await KeyRotation.RotateAsync(keys, store.MasterKey, next);
            (await keys.FamilyKeys.AllAsync(k => k.KekId == next.KeyId)).ShouldBeTrue();
        }

        outcome.ShouldBe(new KeyRotation.Outcome(FamilyKeys: 2, OrganisationKeys: 1));
        (await RecordsFingerprintAsync(store)).ShouldBe(before, "rotation must not touch the records");

        // A fresh process with the new master key reads everything; one with the old key cannot.
        var services = new ServiceCollection().AddLogging().AddConfideData(store.Options, next).BuildServiceProvider();
        await using (services)
        {
            await using var scope = services.CreateAsyncScope();
            var file = await scope.ServiceProvider.GetRequiredService<FamilyRecords>().GetAsync(org.Id, family.Family.Id);
            file!.Family.Address.ShouldBe(Secrets[3]);
            (await scope.ServiceProvider.GetRequiredService<FamilyRecords>().SearchAsync(org.Id, "Quillfeather")).ShouldBe([family.Family.Id]);
        }

        var stale = new ServiceCollection().AddLogging().AddConfideData(store.Options, store.MasterKey).BuildServiceProvider();
        await using (stale)
        {
            await using var scope = stale.CreateAsyncScope();
            var ex = await Should.ThrowAsync<CryptographicException>(() => scope.ServiceProvider.GetRequiredService<FamilyRecords>().GetAsync(org.Id, family.Family.Id));
            ex.Message.ShouldContain(next.KeyId);
        }
    }

    private static async Task<(Core.Organisations.Organisation Org, UserId Coordinator)> SeedAsync(TestStore store)
    {
        var org = await store.CreateOrganisationAsync();
        return (org, await store.AddUserAsync(org, Role.Coordinator));
    }

    private static Task<FamilyFile> OpenSecretFamilyAsync(TestStore store, Core.Organisations.Organisation org, UserId coordinator) =>
        FamilyRecordsTests.OpenAsync(store, org.Id, coordinator,
            new FamilyBuilder().WithAdult("Perpetua", "Quillfeather", new SpecialCategoryData(Secrets[6], null, null))
                .WithChild(age: 3, given: "Marchbanks", family: "Quillfeather").At(Secrets[3], Secrets[4]).Build(),
            FamilyBuilder.Referral(reason: "Referred by the GP; Quillfeather family needs support"));

    private static string SqliteBytes(TestStore store)
    {
        SqliteConnection.ClearAllPools();
        var text = new StringBuilder();
        var audit = new SqliteConnectionStringBuilder(store.Options.AuditConnectionString).DataSource;
        foreach (var path in new[] { store.RecordsFile, audit }.SelectMany(f => new[] { f, f + "-wal", f + "-journal" }).Where(File.Exists))
        {
            text.Append(Encoding.Latin1.GetString(File.ReadAllBytes(path)));
        }

        return text.ToString();
    }

    private static async Task<string> PostgresRowsAsync(string connectionString)
    {
        var text = new StringBuilder();
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", conn))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            // Each row as text (bytea as hex); the escape-encoded blobs below cover the raw bytes.
            await using var cmd = new NpgsqlCommand($"SELECT t::text FROM {table} t", conn);
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                text.AppendLine(reader.GetString(0));
            }
        }

        await using (var blobs = new NpgsqlCommand(
            "SELECT string_agg(encode(b, 'escape'), '') FROM (SELECT address AS b FROM families UNION ALL SELECT given_name FROM members UNION ALL SELECT family_name FROM members UNION ALL SELECT text FROM notes UNION ALL SELECT reason FROM referrals) x", conn))
        {
            text.AppendLine((await blobs.ExecuteScalarAsync()) as string);
        }

        return text.ToString();
    }

    private static async Task<string> RecordsFingerprintAsync(TestStore store)
    {
        await using var scope = store.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfideDbContext>();
        var parts = new StringBuilder();
        foreach (var f in await db.Families.AsNoTracking().OrderBy(f => f.Reference).ToListAsync())
        {
            parts.Append(Convert.ToHexString(f.Address)).Append(Convert.ToHexString(f.Postcode));
        }

        foreach (var m in (await db.Members.AsNoTracking().ToListAsync()).OrderBy(m => m.Id))
        {
            parts.Append(Convert.ToHexString(m.GivenName)).Append(Convert.ToHexString(m.FamilyName));
        }

        foreach (var t in (await db.SearchTerms.AsNoTracking().ToListAsync()).OrderBy(t => Convert.ToHexString(t.Term)))
        {
            parts.Append(Convert.ToHexString(t.Term));
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(parts.ToString())));
    }
}
