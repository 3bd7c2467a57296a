using Confide.Core.Audit;
using Confide.Core.Organisations;
using Confide.Core.Staff;
using Confide.Data.Audit;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;

namespace Confide.Data.Tests.Audit;

public sealed class AuditLogTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Append_ThenReadBack_EveryFieldAsWrittenToTheMicrosecond(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var node = AuditNode.Start(store);
        var full = new AuditEventBuilder().At(TestClock.Default.AddTicks(1_234_567)).Part("notes")
            .Because("safeguarding", "duty call — child at risk").WithRequest("0HN7Q3K2:00000001").Build();
        var bare = new AuditEvent(TestClock.Default.ToOffset(TimeSpan.FromHours(2)), null, null, "sign-in", "account", null, null, null, null,
            AuditOutcome.Refused, null, null);

        var first = await node.Log.AppendAsync(full);
        var second = await node.Log.AppendAsync(bare);

        (first, second).ShouldBe((1L, 2L));
        var stored = await ToListAsync(node.Reader.ReadAllAsync());
        stored.Select(e => e.Event).ShouldBe([full with { At = TestClock.Default.AddTicks(1_234_560) }, bare with { At = TestClock.Default }]);
        stored[1].ChainHash.ShouldBe(AuditHashing.ChainHash(stored[0].ChainHash, stored[1].LeafHash));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Append_Batch_ConsecutiveSequencesInOrder(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var node = AuditNode.Start(store);
        await node.AppendReadsAsync(3);

        var sequences = await node.Log.AppendAsync([.. Enumerable.Range(0, 5).Select(i => new AuditEventBuilder().WithRequest($"batch-{i}").Build())]);

        sequences.ShouldBe([4L, 5, 6, 7, 8]);
        (await ToListAsync(node.Reader.ReadAllAsync(3))).Select(e => e.Event.RequestId).ShouldBe(["batch-0", "batch-1", "batch-2", "batch-3", "batch-4"]);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Append_ManyCallersAtOnce_OneContiguousChainThatVerifies(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var node = AuditNode.Start(store);

        var results = await Task.WhenAll(Enumerable.Range(0, 40).Select(async caller =>
        {
            var mine = new List<long>();
            for (var i = 0; i < 20; i++)
            {
                mine.Add(await node.Log.AppendAsync(new AuditEventBuilder().WithRequest($"{caller}-{i}").Build()));
            }

            mine.AddRange(await node.Log.AppendAsync([new AuditEventBuilder().WithRequest($"{caller}-a").Build(), new AuditEventBuilder().WithRequest($"{caller}-b").Build()]));
            return mine;
        }));

        results.SelectMany(r => r).Order().ShouldBe(Enumerable.Range(1, 880).Select(i => (long)i));
        results.ShouldAllBe(r => r.SequenceEqual(r.Order()));
        (await node.Checkpointer.SealNowAsync()).ShouldNotBeNull().TreeSize.ShouldBe(880);
        var report = await node.Reader.VerifyAsync();
        report.Status.ShouldBe(VerificationStatus.Intact);
        report.EntriesChecked.ShouldBe(880);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Append_TwoInstancesOnOneDatabase_OneValidChain(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var first = AuditNode.Start(store);
        await using var second = AuditNode.Start(store);

        var written = await Task.WhenAll(Enumerable.Range(0, 16).Select(caller =>
            (caller % 2 == 0 ? first : second).AppendReadsAsync(25, new AuditEventBuilder().WithRequest($"caller-{caller}"))));
        var sealedByFirst = await first.Checkpointer.SealNowAsync();
        await first.AppendReadsAsync(5);
        var sealedBySecond = await second.Checkpointer.SealNowAsync();

        written.SelectMany(w => w).Order().ShouldBe(Enumerable.Range(1, 400).Select(i => (long)i));
        sealedByFirst.ShouldNotBeNull().TreeSize.ShouldBe(400);
        sealedBySecond.ShouldNotBeNull().TreeSize.ShouldBe(405);
        (await first.Checkpointer.SealNowAsync()).ShouldBeNull();
        var report = await second.Reader.VerifyAsync();
        (report.Status, report.EntriesChecked, report.CheckpointsChecked).ShouldBe((VerificationStatus.Intact, 405L, 2));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Query_RecordOfAccessOfOneFile_OnlyThatFileInItsOrganisationNewestFirst(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var node = AuditNode.Start(store);
        var other = OrganisationId.New();
        await node.Log.AppendAsync(new AuditEventBuilder().OnFamily("f1").WithRequest("1").Build());
        await node.Log.AppendAsync(new AuditEventBuilder().OnFamily("f2").WithRequest("2").Build());
        await node.Log.AppendAsync(new AuditEventBuilder().For(other).OnFamily("f1").WithRequest("3").Build());
        await node.Log.AppendAsync(new AuditEventBuilder().OnFamily("f1").Refused("no-relationship").WithRequest("4").Build());
        await node.Log.AppendAsync(new AuditEventBuilder().On("personnel", "f1").WithRequest("5").Build());

        var entries = await node.Reader.QueryAsync(new AuditQuery(AuditEventBuilder.DefaultOrganisation) { ResourceKind = "family", ResourceId = "f1" });

        entries.Select(e => e.Event.RequestId).ShouldBe(["4", "1"]);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Query_Filters_ActorOutcomeActionsRulesTimeLimitAndOrder(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var node = AuditNode.Start(store);
        var volunteer = UserId.New();
        var t = TestClock.Default;
        await node.Log.AppendAsync(new AuditEventBuilder().At(t).WithRequest("1").Build());
        await node.Log.AppendAsync(new AuditEventBuilder().At(t.AddHours(1)).By(volunteer).Refused("no-relationship").WithRequest("2").Build());
        await node.Log.AppendAsync(new AuditEventBuilder().At(t.AddHours(2)).By(volunteer).Doing("discover").Rule("matched-volunteer").WithRequest("3").Build());
        await node.Log.AppendAsync(new AuditEventBuilder().At(t.AddHours(3)).Doing("break-glass").Rule("break-glass").WithRequest("4").Build());
        var all = new AuditQuery(AuditEventBuilder.DefaultOrganisation);

        async Task<string?[]> Requests(AuditQuery q) => [.. (await node.Reader.QueryAsync(q)).Select(e => e.Event.RequestId)];

        (await Requests(all)).ShouldBe(["4", "3", "2", "1"]);
        (await Requests(all with { NewestFirst = false, Limit = 2 })).ShouldBe(["1", "2"]);
        (await Requests(all with { ActorId = volunteer })).ShouldBe(["3", "2"]);
        (await Requests(all with { Outcome = AuditOutcome.Refused })).ShouldBe(["2"]);
        (await Requests(all with { Actions = new HashSet<string> { "discover", "break-glass" } })).ShouldBe(["4", "3"]);
        (await Requests(all with { Rules = new HashSet<string> { "no-relationship", "break-glass" } })).ShouldBe(["4", "2"]);
        (await Requests(all with { Actions = new HashSet<string>() })).ShouldBeEmpty();
        (await Requests(all with { From = t.AddHours(1), To = t.AddHours(3) })).ShouldBe(["3", "2"]);
        (await Requests(new AuditQuery(OrganisationId.New()))).ShouldBeEmpty();
    }

    [Fact]
    public async Task Append_InvalidEvents_RefusedBeforeTheyReachTheLog()
    {
        await using var store = await TestStore.CreateAsync(DatabaseProvider.Sqlite);
        await using var node = AuditNode.Start(store);
        var ok = new AuditEventBuilder().Build();

        await Should.ThrowAsync<ArgumentException>(() => node.Log.AppendAsync(ok with { Action = " " }));
        await Should.ThrowAsync<ArgumentException>(() => node.Log.AppendAsync(ok with { Reason = "nul \0 byte" }));
        await Should.ThrowAsync<ArgumentException>(() => node.Log.AppendAsync(ok with { Reason = "lone \ud800 surrogate" }));
        await Should.ThrowAsync<ArgumentException>(() => node.Log.AppendAsync(ok with { Reason = new string('x', AuditLog.MaxFieldLength + 1) }));
        await Should.ThrowAsync<ArgumentException>(() => node.Log.AppendAsync([ok, ok with { ResourceKind = "" }]));
        (await node.Log.AppendAsync(ok)).ShouldBe(1);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Append_WhenTheDatabaseRefuses_CallerFaultsAndTheLogRecoversAfterwards(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var node = AuditNode.Start(store);
        await node.AppendReadsAsync(2);
        var tamper = new AuditTamper(store);
        await tamper.ExecuteAsync("ALTER TABLE audit_entries RENAME TO audit_entries_away");

        var failure = await Should.ThrowAsync<AuditUnavailableException>(() => node.Log.AppendAsync(new AuditEventBuilder().Build()));

        failure.InnerException.ShouldNotBeNull();
        await tamper.ExecuteAsync("ALTER TABLE audit_entries_away RENAME TO audit_entries");
        (await node.Log.AppendAsync(new AuditEventBuilder().Build())).ShouldBe(3);
        (await node.Reader.VerifyAsync()).Status.ShouldBe(VerificationStatus.Unsealed);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Append_RowRefusedMidBatch_NoneOfTheBatchIsWrittenAndTheChainGoesOn(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var node = AuditNode.Start(store);
        await node.AppendReadsAsync(2);
        var tamper = new AuditTamper(store);
        await tamper.ExecuteAsync(provider == DatabaseProvider.Postgres
            ? """
              CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$
              BEGIN IF NEW.request_id = 'poison' THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$;
              CREATE TRIGGER poison BEFORE INSERT ON audit_entries FOR EACH ROW EXECUTE FUNCTION refuse_poison();
              """
            : "CREATE TRIGGER poison BEFORE INSERT ON audit_entries WHEN NEW.request_id = 'poison' BEGIN SELECT RAISE(ABORT, 'refused for the test'); END");

        await Should.ThrowAsync<AuditUnavailableException>(() => node.Log.AppendAsync(
            [new AuditEventBuilder().WithRequest("before").Build(), new AuditEventBuilder().WithRequest("poison").Build(), new AuditEventBuilder().WithRequest("after").Build()]));

        (await ToListAsync(node.Reader.ReadAllAsync())).Select(e => e.Event.RequestId).ShouldBe(["req-0", "req-1"]);
        await tamper.ExecuteAsync("DROP TRIGGER poison" + (provider == DatabaseProvider.Postgres ? " ON audit_entries" : ""));
        // The chain lock was released with the failed transaction: the next append is not held up and follows on.
        (await node.Log.AppendAsync(new AuditEventBuilder().WithRequest("next").Build()).WaitAsync(TimeSpan.FromSeconds(30))).ShouldBe(3);
        (await node.Reader.VerifyAsync()).Status.ShouldBe(VerificationStatus.Unsealed);
    }

    [Fact]
    public async Task Append_AfterDispose_Refused()
    {
        await using var store = await TestStore.CreateAsync(DatabaseProvider.Sqlite);
        var node = AuditNode.Start(store);
        var log = node.Log;
        await node.DisposeAsync();

        await Should.ThrowAsync<ObjectDisposedException>(() => log.AppendAsync(new AuditEventBuilder().Build()));
    }

    internal static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
