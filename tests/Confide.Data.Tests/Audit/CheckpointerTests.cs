using System.Diagnostics;
using System.Security.Cryptography;
using Confide.Core.Audit;
using Confide.Data.Audit;
using Confide.Data.Crypto;
using Confide.Data.Keys;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Confide.Data.Tests.Audit;

public sealed class CheckpointerTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task SealNow_SignsRootAndChainHeadOfEverything_ThenNothingMoreToSeal(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var node = AuditNode.Start(store);
        (await node.Checkpointer.SealNowAsync()).ShouldBeNull();
        await node.AppendReadsAsync(13);

        var checkpoint = (await node.Checkpointer.SealNowAsync()).ShouldNotBeNull();

        var entries = await AuditLogTests.ToListAsync(node.Reader.ReadAllAsync());
        checkpoint.TreeSize.ShouldBe(13);
        checkpoint.RootHash.ShouldBe(MerkleTree.ComputeRoot(entries.Select(e => e.LeafHash)));
        checkpoint.ChainHead.ShouldBe(entries[^1].ChainHash);
        checkpoint.SignedAt.ShouldBe(store.Clock.Now);
        var key = (await node.Reader.ReadPublicKeysAsync()).ShouldHaveSingleItem();
        key.KeyId.ShouldBe(checkpoint.KeyId);
        key.Verifies(checkpoint).ShouldBeTrue();
        (await node.Reader.ReadCheckpointsAsync()).ShouldHaveSingleItem().SameAs(checkpoint).ShouldBeTrue();
        (await node.Checkpointer.SealNowAsync()).ShouldBeNull();
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task BackgroundService_SealsNewEntriesWithinASecond(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var node = AuditNode.Start(store);
        var hosted = node.Services.GetServices<IHostedService>().ShouldHaveSingleItem();
        await hosted.StartAsync(CancellationToken.None);
        try
        {
            await node.AppendReadsAsync(5);
            var clock = Stopwatch.StartNew();
            Checkpoint? latest = null;
            while (clock.Elapsed < TimeSpan.FromSeconds(5) && latest?.TreeSize != 5)
            {
                await Task.Delay(25);
                latest = await node.Reader.ReadLatestCheckpointAsync();
            }

            latest.ShouldNotBeNull().TreeSize.ShouldBe(5);
            // One second at most between checkpoints, plus the sealing itself and room for a busy test machine.
            clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2));
        }
        finally
        {
            await hosted.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public void AddConfideAudit_Twice_OneSealer()
    {
        var services = new ServiceCollection();
        services.AddConfideAudit();
        services.AddConfideAudit();

        services.Count(d => d.ServiceType == typeof(IHostedService)).ShouldBe(1);
        services.Count(d => d.ServiceType == typeof(AuditLog)).ShouldBe(1);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Stop_SealsWhatTheLastRequestsWrote(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var node = AuditNode.Start(store);
        var hosted = node.Services.GetServices<IHostedService>().ShouldHaveSingleItem();
        await hosted.StartAsync(CancellationToken.None);
        await node.AppendReadsAsync(3);

        await hosted.StopAsync(CancellationToken.None);

        (await node.Reader.VerifyAsync()).Status.ShouldBe(VerificationStatus.Intact);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Restart_RebuildsTheTreeFromStoredLeavesAndSealsOn(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using (var before = AuditNode.Start(store))
        {
            await before.AppendReadsAsync(37);
            await before.Checkpointer.SealNowAsync();
            await before.AppendReadsAsync(4);
        }

        await using var after = AuditNode.Start(store);
        await after.AppendReadsAsync(2);
        var checkpoint = (await after.Checkpointer.SealNowAsync()).ShouldNotBeNull();

        checkpoint.TreeSize.ShouldBe(43);
        var report = await after.Reader.VerifyAsync();
        (report.Status, report.CheckpointsChecked).ShouldBe((VerificationStatus.Intact, 2));
        (await after.Reader.ReadPublicKeysAsync()).Count.ShouldBe(1, "the signing key is created once and reused");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Restart_WhenTheStoredLeavesNoLongerMatchTheLastCheckpoint_RefusesToSeal(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using (var before = AuditNode.Start(store))
        {
            await before.AppendReadsAsync(10);
            await before.Checkpointer.SealNowAsync();
        }

        var tamper = new AuditTamper(store);
        await tamper.RemoveGuardsAsync();
        await tamper.ExecuteAsync("UPDATE audit_entries SET leaf_hash = @l WHERE sequence = 4", ("@l", RandomNumberGenerator.GetBytes(32)));
        await using var after = AuditNode.Start(store);
        await after.AppendReadsAsync(1);

        await Should.ThrowAsync<AuditLogDamagedException>(() => after.Checkpointer.SealNowAsync());
        (await after.Reader.ReadLatestCheckpointAsync())!.TreeSize.ShouldBe(10);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task TwoInstancesSealingTheSameSize_OneCheckpoint(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var first = AuditNode.Start(store);
        await using var second = AuditNode.Start(store);
        await first.AppendReadsAsync(8);

        var both = await Task.WhenAll(first.Checkpointer.SealNowAsync(), second.Checkpointer.SealNowAsync());

        var stored = (await first.Reader.ReadCheckpointsAsync()).ShouldHaveSingleItem();
        stored.TreeSize.ShouldBe(8);
        both.Where(c => c is not null).ShouldAllBe(c => c!.SameAs(stored));
        (await first.Reader.ReadPublicKeysAsync()).Count.ShouldBe(1);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task SigningKey_UnusableUnderAnotherMasterKey_AndRewrappedByRotation(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using (var node = AuditNode.Start(store))
        {
            await node.AppendReadsAsync(3);
            await node.Checkpointer.SealNowAsync();
        }

        var next = LocalKeyEncryptionKey.Generate();
        await using (var wrongKey = AuditNode.Start(store, next))
        {
            await wrongKey.AppendReadsAsync(1);
            await Should.ThrowAsync<CryptographicException>(() => wrongKey.Checkpointer.SealNowAsync());
        }

        await using (var keys = await store.Services.GetRequiredService<IDbContextFactory<KeyStoreDbContext>>().CreateDbContextAsync())
        {
            (await KeyRotation.RotateAsync(keys, store.MasterKey, next)).AuditSigningKeys.ShouldBe(1);
        }

        await using var rotated = AuditNode.Start(store, next);
        (await rotated.Checkpointer.SealNowAsync()).ShouldNotBeNull().TreeSize.ShouldBe(4);
        (await rotated.Reader.VerifyAsync()).Status.ShouldBe(VerificationStatus.Intact);
    }
}
