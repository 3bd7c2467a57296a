using Confide.Core.Access;
using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Core.Staff;
using Confide.Data.Access;
using Confide.Data.Families;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Data.Tests.Access;

/// <summary>FamilyRecords.GetRelationshipsAsync brings the exclusions in force and every grant naming a file, single and batched.</summary>
public sealed class FileRelationshipsTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task GetRelationships_Single_HasExclusionsInForceAndEveryGrantWithItsState(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var f = await FilesAsync(store);

        var file = (await store.WithAsync<FamilyRecords, FileRelationships?>(r => r.GetRelationshipsAsync(f.Scene.Org.Id, f.Granted))).ShouldNotBeNull();

        file.Excluded.ShouldBe([f.Scene.Coordinator]);
        file.Grants.Select(g => g.Id).ShouldBe([f.Spot.Id, f.Sample.Id, f.Contract.Id], ignoreOrder: true);
        file.Grants.Single(g => g.Id == f.Spot.Id).RevokedAt.ShouldBe(f.Spot.RevokedAt);
        file.Grants.Single(g => g.Id == f.Sample.Id).Presence.ShouldBe(f.Sample.Presence);
        file.Grants.Single(g => g.Id == f.Contract.Id).UndertakingSignedAt.ShouldBe(f.Contract.UndertakingSignedAt);
        file.Grants.Single(g => g.Id == f.Sample.Id).ShouldBe(f.Sample);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task GetRelationships_Batched_EachFileHasOnlyItsOwnExclusionsAndGrants(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var f = await FilesAsync(store);

        var files = (await store.WithAsync<FamilyRecords, IReadOnlyList<FileRelationships>>(r =>
            r.GetRelationshipsAsync(f.Scene.Org.Id, [f.Granted, f.Plain, f.Granted, FamilyId.New()]))).ToDictionary(r => r.FamilyId);

        files.Keys.ShouldBe([f.Granted, f.Plain], ignoreOrder: true);
        files[f.Granted].Excluded.ShouldBe([f.Scene.Coordinator]);
        files[f.Granted].Grants.Count.ShouldBe(3);
        files[f.Plain].Excluded.ShouldBe([f.Scene.Trustee]);
        files[f.Plain].Grants.Select(g => g.Id).ShouldBe([f.Sample.Id]);
        files[f.Plain].AssignedCoordinatorId.ShouldBe(f.Scene.Coordinator);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task GetRelationships_Batched_IsTheSameNumberOfQueriesForTwoOrTwentyFiles(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var f = await FilesAsync(store);
        var more = await AccessKit.OpenFamiliesAsync(store, f.Scene.Org, 18);
        var now = store.Clock.Now;
        (await store.WithAsync<AccessGrants, Result<AccessGrant>>(g => g.IssueAsync(f.Scene.Org.Id,
            new GrantRequest(GrantKind.TrusteeSpotCheck, f.Scene.Trustee, more, now, now.AddDays(1), "Spot-check of new files"), f.Scene.Manager))).ShouldSucceed();
        var (db, counter) = CountingContext.Create(store);
        await using var _ = db;
        var records = new FamilyRecords(db, store.Services.GetRequiredService<Keys.FamilyKeyRing>(), store.Clock);

        var two = await records.GetRelationshipsAsync(f.Scene.Org.Id, [f.Granted, f.Plain]);
        var forTwo = counter.Commands;
        counter.Reset();
        var twenty = await records.GetRelationshipsAsync(f.Scene.Org.Id, [f.Granted, f.Plain, .. more]);

        (two.Count, twenty.Count).ShouldBe((2, 20));
        twenty.Where(r => more.Contains(r.FamilyId)).ShouldAllBe(r => r.Grants.Count == 1);
        counter.Commands.ShouldBe(forTwo);
        forTwo.ShouldBeLessThanOrEqualTo(4);
    }

    /// <summary>
    /// File <c>Granted</c>: the coordinator excluded; a revoked spot-check, an auditor's sample with a coordinator present
    /// and a contractor's grant with the undertaking signed. File <c>Plain</c>: the trustee excluded (and a lifted
    /// exclusion of the coordinator); only the sample names it.
    /// </summary>
    private static async Task<(AccessGrantsTests.Scene Scene, FamilyId Granted, FamilyId Plain, AccessGrant Spot, AccessGrant Sample, AccessGrant Contract)> FilesAsync(TestStore store)
    {
        var s = await AccessGrantsTests.Scene.CreateAsync(store);
        var (granted, plain) = (s.Files[0], s.Files[1]);
        var now = store.Clock.Now;
        var spot = await Grant(s.Trustee, GrantKind.TrusteeSpotCheck, [granted]);
        var sample = await Grant(s.Auditor, GrantKind.AuditorSample, [granted, plain]);
        var contract = await Grant(s.Contractor, GrantKind.ContractorIncidental, [granted]);
        spot = (await store.WithAsync<AccessGrants, Result<AccessGrant>>(g => g.RevokeAsync(s.Org.Id, spot.Id, s.Manager))).ShouldSucceed();
        sample = (await store.WithAsync<AccessGrants, Result<AccessGrant>>(g => g.AttestPresenceAsync(s.Org.Id, sample.Id, s.Coordinator, TimeSpan.FromHours(2)))).ShouldSucceed();
        contract = (await store.WithAsync<AccessGrants, Result<AccessGrant>>(g => g.RecordUndertakingAsync(s.Org.Id, contract.Id, s.Manager))).ShouldSucceed();
        (await ConflictExclusionsTests.DeclareAsync(store, s.Org.Id, s.Coordinator, ExclusionTarget.Family(granted), s.Manager)).ShouldSucceed();
        (await ConflictExclusionsTests.DeclareAsync(store, s.Org.Id, s.Trustee, ExclusionTarget.Family(plain), s.Manager)).ShouldSucceed();
        var lifted = (await ConflictExclusionsTests.DeclareAsync(store, s.Org.Id, s.Coordinator, ExclusionTarget.Family(plain), s.Manager)).ShouldSucceed();
        (await store.WithAsync<ConflictExclusions, Result<ConflictExclusion>>(c => c.LiftAsync(s.Org.Id, lifted.Id, s.Manager))).ShouldSucceed();
        // An exclusion from a personnel file with the same id never shows on a family file.
        (await ConflictExclusionsTests.DeclareAsync(store, s.Org.Id, s.Auditor, ExclusionTarget.Personnel(s.Coordinator), s.Manager)).ShouldSucceed();
        return (s, granted, plain, spot, sample, contract);

        async Task<AccessGrant> Grant(UserId grantee, GrantKind kind, IReadOnlyList<FamilyId> files) =>
            (await store.WithAsync<AccessGrants, Result<AccessGrant>>(g => g.IssueAsync(s.Org.Id,
                new GrantRequest(kind, grantee, files, now, now.AddDays(30), "Purpose of " + kind), s.Manager))).ShouldSucceed();
    }
}
