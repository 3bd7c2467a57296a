using System.Security.Cryptography;
using Confide.Core.Audit;
using Confide.Data.Audit;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;

namespace Confide.Data.Tests.Audit;

/// <summary>
/// Someone with direct access to the database removes the append-only guard and edits the log. Each time,
/// verification names the first bad entry. The log: 50 entries, checkpoints at 20 and 50.
/// </summary>
public sealed class TamperTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Untouched_Intact(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var node = await SealedLogAsync(store);

        var report = await node.Reader.VerifyAsync();

        (report.Status, report.EntriesChecked, report.CheckpointsChecked, report.LastCheckpointSize).ShouldBe((VerificationStatus.Intact, 50L, 2, 50L));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task ActorChanged_AlteredAtThatEntry(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var node = await SealedLogAsync(store);
        var tamper = new AuditTamper(store);
        await tamper.RemoveGuardsAsync();

        (await tamper.SetActorAsync(30, Guid.NewGuid())).ShouldBe(1);

        await ShouldFindAsync(node, AuditDamage.Altered, 30);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task RowDeleted_MissingAtThatEntry(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var node = await SealedLogAsync(store);
        var tamper = new AuditTamper(store);
        await tamper.RemoveGuardsAsync();

        (await tamper.DeleteAsync(30)).ShouldBe(1);

        await ShouldFindAsync(node, AuditDamage.Missing, 30);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task LastRowsDeleted_MissingBecauseTheCheckpointCoversThem(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var node = await SealedLogAsync(store);
        var tamper = new AuditTamper(store);
        await tamper.RemoveGuardsAsync();

        await tamper.ExecuteAsync("DELETE FROM audit_entries WHERE sequence > 45");

        await ShouldFindAsync(node, AuditDamage.Missing, 46);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task ForgedRowAppendedWithAPlausibleButWrongHash_ChainBrokenAtIt(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var node = await SealedLogAsync(store);
        var forged = new AuditEventBuilder().OnFamily("fam-0").WithRequest("forged").Build();

        // Appending needs no guard removed: the forger computes the leaf hash properly but cannot know the chain.
        await new AuditTamper(store).InsertAsync(new AuditEntry(51, forged, AuditHashing.LeafHash(51, forged), RandomNumberGenerator.GetBytes(32)));

        await ShouldFindAsync(node, AuditDamage.ChainBroken, 51);
        await Should.ThrowAsync<AuditLogDamagedException>(() => node.Checkpointer.SealNowAsync());
        (await node.Reader.ReadLatestCheckpointAsync())!.TreeSize.ShouldBe(50);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task ForgedRowCorrectlyHashedAfterTheLastCheckpoint_ReportedUnsealed(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var node = await SealedLogAsync(store);
        var (head, chainHash) = await node.Reader.ReadHeadAsync();
        var chain = new AuditChain(head, chainHash);

        await new AuditTamper(store).InsertAsync(chain.Append(new AuditEventBuilder().WithRequest("forged").Build()));

        var report = await node.Reader.VerifyAsync();
        (report.Status, report.UnsealedFrom, report.UnsealedCount).ShouldBe((VerificationStatus.Unsealed, (long?)51, 1L));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task RowReplacedAndEverythingAfterItRehashed_CheckpointMismatchFromThePreviousCheckpoint(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var node = await SealedLogAsync(store);
        var tamper = new AuditTamper(store);
        await tamper.RemoveGuardsAsync();
        var original = await AuditLogTests.ToListAsync(node.Reader.ReadAllAsync());
        var chain = new AuditChain(29, original[28].ChainHash);
        var rewritten = original.Skip(29).Select(e => chain.Append(e.Sequence == 30 ? e.Event with { Reason = "routine check" } : e.Event)).ToList();

        await tamper.ReplaceAsync(rewritten);

        var problem = await ShouldFindAsync(node, AuditDamage.CheckpointMismatch, 21);
        (problem.RangeStart, problem.RangeEnd, problem.CheckpointSize).ShouldBe((21L, 50L, 50L));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task TwoRowsSwapped_ChainBrokenAtTheFirst(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var node = await SealedLogAsync(store);
        var tamper = new AuditTamper(store);
        await tamper.RemoveGuardsAsync();
        var ten = (await node.Reader.FindAsync(10))!;
        var twenty = (await node.Reader.FindAsync(20))!;

        await tamper.ReplaceAsync([twenty with { Sequence = 10 }, ten with { Sequence = 20 }]);

        await ShouldFindAsync(node, AuditDamage.ChainBroken, 10);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task CheckpointRootRewritten_BadSignature(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var node = await SealedLogAsync(store);
        var tamper = new AuditTamper(store);
        await tamper.RemoveGuardsAsync();

        await tamper.ExecuteAsync("UPDATE audit_checkpoints SET root_hash = @r WHERE tree_size = 50", ("@r", RandomNumberGenerator.GetBytes(32)));

        var problem = await ShouldFindAsync(node, AuditDamage.BadSignature, 21);
        problem.CheckpointSize.ShouldBe(50);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task OutcomeForcedToAnUnknownValue_AlteredNotACrash(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var node = await SealedLogAsync(store);
        var tamper = new AuditTamper(store);
        await tamper.RemoveGuardsAsync();
        await tamper.ExecuteAsync(provider == DatabaseProvider.Postgres
            ? "ALTER TABLE audit_entries DROP CONSTRAINT audit_entries_outcome_check"
            : "PRAGMA ignore_check_constraints = ON; UPDATE audit_entries SET outcome = 'shrug' WHERE sequence = 12");
        if (provider == DatabaseProvider.Postgres)
        {
            await tamper.ExecuteAsync("UPDATE audit_entries SET outcome = 'shrug' WHERE sequence = 12");
        }

        await ShouldFindAsync(node, AuditDamage.Altered, 12);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task NonAsciiText_ReadAsStored_Intact(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var node = AuditNode.Start(store);
        await node.AppendReadsAsync(5, new AuditEventBuilder().Because("safeguarding", "Zoë’s visit — duty call ✓ 🙂"));
        await node.Checkpointer.SealNowAsync();

        (await node.Reader.VerifyAsync()).Status.ShouldBe(VerificationStatus.Intact);
    }

    [Fact]
    public async Task TextForcedToBytesThatAreNotUtf8_AlteredAtThatEntry()
    {
        await using var store = await TestStore.CreateAsync(DatabaseProvider.Sqlite);
        await using var node = await SealedLogAsync(store);
        var tamper = new AuditTamper(store);
        await tamper.RemoveGuardsAsync();

        (await tamper.ExecuteAsync("UPDATE audit_entries SET part = CAST(x'66c328' AS TEXT) WHERE sequence = 17")).ShouldBe(1);

        await ShouldFindAsync(node, AuditDamage.Altered, 17);
    }

    [Fact]
    public async Task IdentifierForcedToSomethingElse_MalformedAtThatEntry()
    {
        await using var store = await TestStore.CreateAsync(DatabaseProvider.Sqlite);
        await using var node = await SealedLogAsync(store);
        var tamper = new AuditTamper(store);
        await tamper.RemoveGuardsAsync();

        (await tamper.ExecuteAsync("UPDATE audit_entries SET actor_id = 'not-an-id' WHERE sequence = 9")).ShouldBe(1);

        (await ShouldFindAsync(node, AuditDamage.Altered, 9)).Detail.ShouldContain("malformed");
    }

    [Fact]
    public async Task SqliteRowsReadThroughTheProviderOnly_SameFindings()
    {
        await using var store = await TestStore.CreateAsync(DatabaseProvider.Sqlite);
        await using var node = await SealedLogAsync(store);
        var tamper = new AuditTamper(store);
        AppContext.SetSwitch(StoredAuditVerification.ProviderColumnsSwitch, true);
        try
        {
            (await node.Reader.VerifyAsync()).Status.ShouldBe(VerificationStatus.Intact);
            await tamper.RemoveGuardsAsync();
            (await tamper.SetActorAsync(30, Guid.NewGuid())).ShouldBe(1);
            await ShouldFindAsync(node, AuditDamage.Altered, 30);
            (await tamper.ExecuteAsync("UPDATE audit_entries SET actor_id = 'not-an-id' WHERE sequence = 9")).ShouldBe(1);
            (await ShouldFindAsync(node, AuditDamage.Altered, 9)).Detail.ShouldContain("malformed");
        }
        finally
        {
            AppContext.SetSwitch(StoredAuditVerification.ProviderColumnsSwitch, false);
        }
    }

    /// <summary>50 entries through the real log, sealed at 20 and at 50.</summary>
    private static async Task<AuditNode> SealedLogAsync(TestStore store)
    {
        var node = AuditNode.Start(store);
        await node.AppendReadsAsync(20);
        (await node.Checkpointer.SealNowAsync())!.TreeSize.ShouldBe(20);
        await node.AppendReadsAsync(30, new AuditEventBuilder().Because("supervision", "monthly file review"));
        (await node.Checkpointer.SealNowAsync())!.TreeSize.ShouldBe(50);
        return node;
    }

    private static async Task<AuditProblem> ShouldFindAsync(AuditNode node, AuditDamage kind, long sequence)
    {
        var report = await node.Reader.VerifyAsync();
        report.Status.ShouldBe(VerificationStatus.Damaged);
        var problem = report.Problem.ShouldNotBeNull();
        (problem.Kind, problem.Sequence).ShouldBe((kind, sequence), problem.Detail);
        return problem;
    }
}
