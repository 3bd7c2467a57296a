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

/// <summary>
/// FamilyRecords.GetAccessFactsAsync (hand-written SQL, one round trip) brings the same relationships as
/// GetRelationshipsAsync and the newest reason the asking person gave for that file, and nothing of other files,
/// other people or other organisations.
/// </summary>
public sealed class AccessFactsTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task AccessFacts_AreTheFilesRelationshipsWithGrantsExclusionsAndMatches(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var s = await AccessGrantsTests.Scene.CreateAsync(store);
        var file = s.Files[0];
        var volunteer = await store.AddUserAsync(s.Org, Role.Volunteer);
        var ended = await store.AddUserAsync(s.Org, Role.Volunteer);
        var today = store.Clock.Today;
        (await store.WithAsync<SupportRecords, Result<VolunteerMatch>>(r => r.MatchVolunteerAsync(s.Org.Id, file, volunteer, today.AddDays(-3)))).ShouldSucceed();
        var old = (await store.WithAsync<SupportRecords, Result<VolunteerMatch>>(r => r.MatchVolunteerAsync(s.Org.Id, file, ended, today.AddDays(-30)))).ShouldSucceed();
        (await store.WithAsync<SupportRecords, Result<VolunteerMatch>>(r => r.EndMatchAsync(s.Org.Id, old.Id, today.AddDays(-1)))).ShouldSucceed();
        var now = store.Clock.Now;
        (await store.WithAsync<AccessGrants, Result<AccessGrant>>(g => g.IssueAsync(s.Org.Id,
            new GrantRequest(GrantKind.TrusteeSpotCheck, s.Trustee, [file], now, now.AddDays(1), "Spot-check"), s.Manager))).ShouldSucceed();
        (await store.WithAsync<AccessGrants, Result<AccessGrant>>(g => g.IssueAsync(s.Org.Id,
            new GrantRequest(GrantKind.TrusteeSpotCheck, s.Trustee, [s.Files[1]], now, now.AddDays(1), "Another file"), s.Manager))).ShouldSucceed();
        (await store.WithAsync<ConflictExclusions, Result<ConflictExclusion>>(x => x.DeclareAsync(s.Org.Id, s.Auditor, new ExclusionTarget(ResourceKinds.Family, file.Value), s.Manager))).ShouldSucceed();

        var expected = (await store.WithAsync<FamilyRecords, FileRelationships?>(r => r.GetRelationshipsAsync(s.Org.Id, file))).ShouldNotBeNull();
        var facts = (await store.WithAsync<FamilyRecords, (FileRelationships, AccessSession?)?>(r => r.GetAccessFactsAsync(s.Org.Id, file, s.Coordinator))).ShouldNotBeNull();
        var (relationships, session) = facts;

        relationships.AssignedCoordinatorId.ShouldBe(s.Coordinator);
        relationships.Matches.OrderBy(m => m.StartedOn).ShouldBe(expected.Matches.OrderBy(m => m.StartedOn));
        relationships.Matches.Count.ShouldBe(2);
        relationships.Excluded.ShouldBe([s.Auditor]);
        relationships.Grants.ShouldHaveSingleItem().ShouldBe(expected.Grants.Single());
        session.ShouldBeNull();
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task AccessFacts_BringTheNewestReasonOfThatPersonForThatFileOnly(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var s = await AccessGrantsTests.Scene.CreateAsync(store);
        var file = s.Files[0];
        await StartAsync(store, s, s.Coordinator, file, new AccessReason(AccessPurpose.CaseWork, "first"));
        store.Clock.Now = store.Clock.Now.AddMinutes(5);
        var newest = await StartAsync(store, s, s.Coordinator, file, new AccessReason(AccessPurpose.Supervision, "second"));
        await StartAsync(store, s, s.Manager, file, new AccessReason(AccessPurpose.Audit, null));
        await StartAsync(store, s, s.Coordinator, s.Files[1], new AccessReason(AccessPurpose.Safeguarding, null));

        var (_, session) = (await store.WithAsync<FamilyRecords, (FileRelationships, AccessSession?)?>(r => r.GetAccessFactsAsync(s.Org.Id, file, s.Coordinator))).ShouldNotBeNull();

        session.ShouldBe(newest);
        var (_, none) = (await store.WithAsync<FamilyRecords, (FileRelationships, AccessSession?)?>(r => r.GetAccessFactsAsync(s.Org.Id, file, s.Trustee))).ShouldNotBeNull();
        none.ShouldBeNull();
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task AccessFacts_OfAnotherOrganisationsOrAMissingFile_AreNull(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var s = await AccessGrantsTests.Scene.CreateAsync(store);
        var other = await store.CreateOrganisationAsync("Another scheme");

        (await store.WithAsync<FamilyRecords, (FileRelationships, AccessSession?)?>(r => r.GetAccessFactsAsync(other.Id, s.Files[0], s.Coordinator))).ShouldBeNull();
        (await store.WithAsync<FamilyRecords, (FileRelationships, AccessSession?)?>(r => r.GetAccessFactsAsync(s.Org.Id, FamilyId.New(), s.Coordinator))).ShouldBeNull();
        (await store.WithAsync<FamilyRecords, (FileRelationships, AccessSession?)?>(r => r.GetAccessFactsAsync(s.Org.Id, s.Files[0], s.Coordinator))).ShouldNotBeNull();
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task AccessFacts_ReadAgain_SeeAnExclusionDeclaredAMomentBefore(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var s = await AccessGrantsTests.Scene.CreateAsync(store);
        var file = s.Files[0];
        (await FactsAsync(store, s, file)).Excluded.ShouldBeEmpty();

        var declared = (await store.WithAsync<ConflictExclusions, Result<ConflictExclusion>>(x => x.DeclareAsync(s.Org.Id, s.Auditor, new ExclusionTarget(ResourceKinds.Family, file.Value), s.Manager))).ShouldSucceed();

        (await FactsAsync(store, s, file)).Excluded.ToList().ShouldBe([s.Auditor], "the kept SQLite statements start a new read each time");
        (await store.WithAsync<ConflictExclusions, Result<ConflictExclusion>>(x => x.LiftAsync(s.Org.Id, declared.Id, s.Manager))).ShouldSucceed();
        (await FactsAsync(store, s, file)).Excluded.ShouldBeEmpty();
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task AccessFacts_InsideATransaction_SeeItsOwnUncommittedExclusion(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var s = await AccessGrantsTests.Scene.CreateAsync(store);
        var file = s.Files[0];
        await using (var scope = store.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Records.ConfideDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync();
            (await scope.ServiceProvider.GetRequiredService<ConflictExclusions>().DeclareAsync(s.Org.Id, s.Auditor, new ExclusionTarget(ResourceKinds.Family, file.Value), s.Manager)).ShouldSucceed();

            var (inside, _) = (await scope.ServiceProvider.GetRequiredService<FamilyRecords>().GetAccessFactsAsync(s.Org.Id, file, s.Coordinator)).ShouldNotBeNull();

            inside.Excluded.ShouldBe([s.Auditor]);
            await tx.RollbackAsync();
        }

        (await FactsAsync(store, s, file)).Excluded.ShouldBeEmpty();
    }

    private static async Task<FileRelationships> FactsAsync(TestStore store, AccessGrantsTests.Scene s, FamilyId file) =>
        (await store.WithAsync<FamilyRecords, (FileRelationships, AccessSession?)?>(r => r.GetAccessFactsAsync(s.Org.Id, file, s.Coordinator))).ShouldNotBeNull().Item1;

    private static async Task<AccessSession> StartAsync(TestStore store, AccessGrantsTests.Scene s, UserId user, FamilyId file, AccessReason reason) =>
        (await store.WithAsync<AccessSessions, Result<AccessSession>>(a => a.StartAsync(s.Org.Id, user, ResourceKinds.Family, file.Value, reason, breakGlass: false))).ShouldSucceed();
}
