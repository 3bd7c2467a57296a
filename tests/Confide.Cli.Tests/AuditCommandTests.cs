using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Confide.Cli.Tests.Infrastructure;
using Confide.Core.Audit;
using Confide.Data.Audit;
using Confide.Data.Migrations;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Cli.Tests;

public sealed class AuditCommandTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Verify_SealedLog_ExitsZeroAndSaysIntact(DatabaseProvider provider)
    {
        await using var ws = await LogAsync(provider, entries: 30, sealAt: 30);

        var run = await ws.RunAsync("audit", "verify");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("Checked 30 entries and 1 checkpoints");
        run.Output.ShouldContain("Audit log intact: 30 entries, last checkpoint at size 30.");
        run.Output.ShouldNotContain("Not yet sealed");
    }

    [Fact]
    public async Task Verify_EntriesAfterTheLastCheckpoint_IntactButNamesTheUnsealedOnes()
    {
        await using var ws = await LogAsync(DatabaseProvider.Sqlite, entries: 35, sealAt: 30);

        var run = await ws.RunAsync("audit", "verify");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("Audit log intact: 35 entries, last checkpoint at size 30.");
        run.Output.ShouldContain("Not yet sealed: entries #31–#35 (5)");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Verify_EntryAlteredInTheDatabase_ExitsOneNamingIt(DatabaseProvider provider)
    {
        await using var ws = await LogAsync(provider, entries: 30, sealAt: 30);
        await RemoveGuardsAsync(ws);
        await ExecuteAsync(ws, "UPDATE audit_entries SET reason = 'nothing to see' WHERE sequence = 12");

        var run = await ws.RunAsync("audit", "verify");

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldContain("First bad entry: #12 — altered:");
        run.Output.ShouldNotContain("intact");
    }

    [Fact]
    public async Task Verify_ACopyOfTheAuditAndKeyStores_NeedsNoRecordsNoMasterKeyAndWritesNothing()
    {
        await using var ws = await LogAsync(DatabaseProvider.Sqlite, entries: 10, sealAt: 10);
        var copy = Directory.CreateTempSubdirectory("confide-audit-copy-").FullName;
        try
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Copy(Path.Combine(ws.Directory, "confide-audit.db"), Path.Combine(copy, "audit-copy.db"));
            File.Copy(Path.Combine(ws.Directory, "confide-keys.db"), Path.Combine(copy, "confide-keys.db"));
            var before = File.ReadAllBytes(Path.Combine(copy, "audit-copy.db"));
            using var output = new StringWriter();
            using var error = new StringWriter();

            var exit = await CliApp.RunAsync(["audit", "verify", "--connection", $"Data Source={copy}/no-records.db;Pooling=False",
                "--audit-connection", $"Data Source={copy}/audit-copy.db;Pooling=False",
                "--keys-connection", $"Data Source={copy}/confide-keys.db;Pooling=False", "--master-key-file", Path.Combine(copy, "master.key")], output, error, new Dictionary<string, string?>());

            using var noKeysError = new StringWriter();
            var noKeys = await CliApp.RunAsync(["audit", "verify", "--audit-connection", $"Data Source={copy}/audit-copy.db;Pooling=False",
                "--keys-connection", $"Data Source={copy}/elsewhere.db;Pooling=False"], new StringWriter(), noKeysError, new Dictionary<string, string?>());

            using var noAuditError = new StringWriter();
            var noAudit = await CliApp.RunAsync(["audit", "verify", "--connection", $"Data Source={copy}/no-records.db;Pooling=False",
                "--keys-connection", $"Data Source={copy}/confide-keys.db;Pooling=False"], new StringWriter(), noAuditError, new Dictionary<string, string?>());

            exit.ShouldBe(0, error.ToString());
            output.ToString().ShouldContain("Audit log intact: 10 entries");
            noAudit.ShouldNotBe(0);
            noAuditError.ToString().ShouldContain($"There is no audit log at {copy}/no-records-audit.db");
            File.Exists(Path.Combine(copy, "master.key")).ShouldBeFalse();
            File.Exists(Path.Combine(copy, "no-records.db")).ShouldBeFalse("verifying reads the audit and key stores only");
            File.ReadAllBytes(Path.Combine(copy, "audit-copy.db")).ShouldBe(before);
            noKeys.ShouldBe(1);
            noKeysError.ToString().ShouldContain("unable to open database file");
            File.Exists(Path.Combine(copy, "elsewhere.db")).ShouldBeFalse();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(copy, recursive: true);
        }
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Prove_SealedEntry_PrintsAProofAnyoneCanCheckWithThePublicKey(DatabaseProvider provider)
    {
        await using var ws = await LogAsync(provider, entries: 21, sealAt: 21);

        var run = await ws.RunAsync("audit", "prove", "13");

        run.ExitCode.ShouldBe(0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var p = json.RootElement;
        var entry = Convert.FromBase64String(p.GetProperty("entry").GetString()!);
        var leaf = SHA256.HashData([0x00, .. entry]);
        Convert.ToHexStringLower(leaf).ShouldBe(p.GetProperty("leafHash").GetString());
        AuditEncoding.Decode(entry).Sequence.ShouldBe(13);
        (p.GetProperty("leafIndex").GetInt64(), p.GetProperty("treeSize").GetInt64()).ShouldBe((12L, 21L));
        var path = p.GetProperty("auditPath").EnumerateArray().Select(h => Convert.FromHexString(h.GetString()!)).ToList();
        var root = Convert.FromHexString(p.GetProperty("rootHash").GetString()!);
        MerkleTree.VerifyInclusion(12, 21, leaf, path, root).ShouldBeTrue();
        var checkpoint = p.GetProperty("checkpoint");
        var signedText = checkpoint.GetProperty("signedText").GetString()!;
        signedText.ShouldStartWith($"confide-audit-checkpoint/v1\n21\n{Convert.ToBase64String(root)}\n");
        using var key = ECDsa.Create();
        key.ImportSubjectPublicKeyInfo(Convert.FromBase64String(p.GetProperty("publicKey").GetString()!), out _);
        key.VerifyData(Encoding.UTF8.GetBytes(signedText), Convert.FromBase64String(checkpoint.GetProperty("signature").GetString()!),
            HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence).ShouldBeTrue();
    }

    [Fact]
    public async Task Prove_EntryNotYetSealedOrAbsent_ExitsOne_NotANumber_ExitsTwo()
    {
        await using var ws = await LogAsync(DatabaseProvider.Sqlite, entries: 12, sealAt: 10);

        var unsealed = await ws.RunAsync("audit", "prove", "11");
        var absent = await ws.RunAsync("audit", "prove", "99");
        var junk = await ws.RunAsync("audit", "prove", "eleven");

        unsealed.ExitCode.ShouldBe(1);
        unsealed.Error.ShouldContain("#11 is not yet covered by a signed checkpoint (the latest checkpoint covers #1–#10)");
        absent.ExitCode.ShouldBe(1);
        absent.Error.ShouldContain("there is no audit entry #99");
        junk.ExitCode.ShouldBe(2);
    }

    [Fact]
    public async Task Prove_EntryAltered_ExitsOne()
    {
        await using var ws = await LogAsync(DatabaseProvider.Sqlite, entries: 8, sealAt: 8);
        await RemoveGuardsAsync(ws);
        await ExecuteAsync(ws, "UPDATE audit_entries SET part = 'notes' WHERE sequence = 3");

        var run = await ws.RunAsync("audit", "prove", "3");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("no longer matches its leaf hash");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task ExportCheckpoints_HistoryRewrittenAndResignedLater_FailsOnlyAgainstTheWitness(DatabaseProvider provider)
    {
        await using var ws = await LogAsync(provider, entries: 20, sealAt: 20);
        var witness = Path.Combine(ws.Directory, "witness.json");
        var export = await ws.RunAsync("audit", "export-checkpoints", "--out", witness);
        export.ExitCode.ShouldBe(0, export.Error);
        export.Output.ShouldContain("Wrote 1 checkpoints (the latest at size 20) and 1 public keys");
        (await ws.RunAsync("audit", "verify", "--witness", witness)).ExitCode.ShouldBe(0);

        await RewriteAndResignAsync(ws, from: 7);

        var alone = await ws.RunAsync("audit", "verify");
        var against = await ws.RunAsync("audit", "verify", "--witness", witness);
        alone.ExitCode.ShouldBe(0, alone.Output);
        against.ExitCode.ShouldBe(1);
        against.Output.ShouldContain("First bad entry: #1 — witness mismatch: checkpoint 20 in the database differs from the copy the witness holds");
    }

    [Fact]
    public async Task Verify_WitnessFileUnreadable_ExitsTwo()
    {
        await using var ws = await LogAsync(DatabaseProvider.Sqlite, entries: 2, sealAt: 2);
        var witness = Path.Combine(ws.Directory, "witness.json");
        await File.WriteAllTextAsync(witness, "{\"format\": \"something else\"}");

        var run = await ws.RunAsync("audit", "verify", "--witness", witness);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("is not a Confide checkpoint export");
        var missing = await ws.RunAsync("audit", "verify", "--witness", Path.Combine(ws.Directory, "nowhere.json"));
        missing.ExitCode.ShouldBe(2);
        missing.Error.ShouldContain("there is no witness file at");
    }

    /// <summary>A migrated workspace with <paramref name="entries"/> audit entries, sealed at <paramref name="sealAt"/>.</summary>
    private static async Task<CliWorkspace> LogAsync(DatabaseProvider provider, int entries, int sealAt)
    {
        var ws = await CliWorkspace.CreateAsync(provider);
        (await ws.RunAsync("migrate")).ExitCode.ShouldBe(0);
        await using var services = ws.Services(more: s => s.AddConfideAudit());
        var log = services.GetRequiredService<AuditLog>();
        for (var i = 1; i <= entries; i++)
        {
            await log.AppendAsync(new AuditEvent(TestClock.Default.AddMinutes(i), Core.Organisations.OrganisationId.New(), Core.Staff.UserId.New(),
                "read", "family", $"fam-{i}", "file", "casework", null, AuditOutcome.Allowed, "assigned-coordinator", $"req-{i}"));
            if (i == sealAt)
            {
                await services.GetRequiredService<AuditCheckpointer>().SealNowAsync();
            }
        }

        return ws;
    }

    /// <summary>What someone holding the database and the master key could do: rewrite entries from #<paramref name="from"/>, re-hash, re-sign.</summary>
    private static async Task RewriteAndResignAsync(CliWorkspace ws, long from)
    {
        await RemoveGuardsAsync(ws);
        await using var services = ws.Services(more: s => s.AddConfideAudit());
        var reader = services.GetRequiredService<AuditReader>();
        var entries = new List<AuditEntry>();
        await foreach (var e in reader.ReadAllAsync())
        {
            entries.Add(e);
        }

        var chain = new AuditChain(from - 1, entries[(int)from - 2].ChainHash);
        var rewritten = entries.Take((int)from - 1).Concat(entries.Skip((int)from - 1).Select(e => chain.Append(e.Event with { Reason = "rewritten" }))).ToList();
        await ExecuteAsync(ws, "DELETE FROM audit_entries WHERE sequence >= @s", ("@s", from));
        await ExecuteAsync(ws, "DELETE FROM audit_checkpoints");
        foreach (var e in rewritten.Skip((int)from - 1))
        {
            var v = e.Event;
            var p = ws.Provider;
            await ExecuteAsync(ws, $"INSERT INTO audit_entries ({AuditRows.Columns}) VALUES (@s, @at, @org, @actor, @action, @kind, @id, @part, @purpose, @reason, @outcome, @rule, @request, @leaf, @chain)",
                ("@s", e.Sequence), ("@at", AuditRows.Time(p, v.At)), ("@org", AuditRows.Id(p, v.OrganisationId?.Value)), ("@actor", AuditRows.Id(p, v.ActorId?.Value)),
                ("@action", v.Action), ("@kind", v.ResourceKind), ("@id", AuditRows.Text(v.ResourceId)), ("@part", AuditRows.Text(v.Part)),
                ("@purpose", AuditRows.Text(v.Purpose)), ("@reason", AuditRows.Text(v.Reason)), ("@outcome", AuditRows.OutcomeText(v.Outcome)),
                ("@rule", AuditRows.Text(v.Rule)), ("@request", AuditRows.Text(v.RequestId)), ("@leaf", e.LeafHash), ("@chain", e.ChainHash));
        }

        (await services.GetRequiredService<AuditCheckpointer>().SealNowAsync()).ShouldNotBeNull().TreeSize.ShouldBe(rewritten.Count);
    }

    private static Task RemoveGuardsAsync(CliWorkspace ws) => ws.Provider == DatabaseProvider.Postgres
        ? ExecuteAsync(ws, "ALTER TABLE audit_entries DISABLE TRIGGER USER; ALTER TABLE audit_checkpoints DISABLE TRIGGER USER")
        : ExecuteAsync(ws, "DROP TRIGGER audit_entries_no_update; DROP TRIGGER audit_entries_no_delete; DROP TRIGGER audit_entries_no_overwrite; DROP TRIGGER audit_checkpoints_no_delete");

    private static async Task ExecuteAsync(CliWorkspace ws, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = SchemaMigrator.Open(ws.Provider, ws.Storage().AuditConnectionString);
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            AuditRows.Parameter(cmd, name, value);
        }

        await cmd.ExecuteNonQueryAsync();
    }
}
