using Confide.Core.Access;
using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Staff;
using Confide.Data.Access;
using Confide.Data.Families;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;

namespace Confide.Data.Tests.Access;

public sealed class ConflictExclusionsTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Declare_FamilyFile_PersonIsExcludedFromItsRelationshipsOnly(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var org = await store.CreateOrganisationAsync();
        var (coordinator, manager) = (await store.AddUserAsync(org, Role.Coordinator), await store.AddUserAsync(org, Role.SchemeManager));
        var (family, neighbour) = (await AccessKit.OpenFamilyAsync(store, org, coordinator), await AccessKit.OpenFamilyAsync(store, org, coordinator));

        var exclusion = (await DeclareAsync(store, org.Id, coordinator, ExclusionTarget.Family(family), manager)).ShouldSucceed();

        exclusion.ShouldBe(new ConflictExclusion(exclusion.Id, coordinator, ExclusionTarget.Family(family), manager, store.Clock.Now, null, null));
        exclusion.InForce.ShouldBeTrue();
        (await RelationshipsAsync(store, org.Id, family)).Excluded.ShouldBe([coordinator]);
        (await RelationshipsAsync(store, org.Id, neighbour)).Excluded.ShouldBeEmpty();
        (await store.WithAsync<ConflictExclusions, IReadOnlyList<ConflictExclusion>>(c => c.ListAsync(org.Id))).ShouldBe([exclusion]);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Declare_PersonnelFile_PersonIsExcludedFromThatFile(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var org = await store.CreateOrganisationAsync();
        var (officer, volunteer, manager) = (await store.AddUserAsync(org, Role.OfficeManager), await store.AddUserAsync(org, Role.Volunteer), await store.AddUserAsync(org, Role.SchemeManager));

        (await DeclareAsync(store, org.Id, officer, ExclusionTarget.Personnel(volunteer), manager)).ShouldSucceed();

        var facts = (await store.WithAsync<PersonnelRecords, PersonnelFileFacts?>(p => p.GetFactsAsync(org.Id, volunteer))).ShouldNotBeNull();
        facts.Excluded.ShouldBe([officer]);
        (await store.WithAsync<PersonnelRecords, PersonnelFileFacts?>(p => p.GetFactsAsync(org.Id, manager)))!.Excluded.ShouldBeEmpty();
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Declare_DuplicateOfOneInForce_IsRefusedAndWritesNothing(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var org = await store.CreateOrganisationAsync();
        var (coordinator, manager) = (await store.AddUserAsync(org, Role.Coordinator), await store.AddUserAsync(org, Role.SchemeManager));
        var family = await AccessKit.OpenFamilyAsync(store, org);
        (await DeclareAsync(store, org.Id, coordinator, ExclusionTarget.Family(family), manager)).ShouldSucceed();
        var before = await AccessRowCounts.ReadAsync(store);

        (await DeclareAsync(store, org.Id, coordinator, ExclusionTarget.Family(family), coordinator)).ShouldBeRefused("target", "duplicate").Message.ShouldContain("already excluded");

        (await AccessRowCounts.ReadAsync(store)).ShouldBe(before);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Declare_UnknownOrOtherOrganisationIds_AreRefusedAndWriteNothing(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var (org, other) = (await store.CreateOrganisationAsync(), await store.CreateOrganisationAsync("Other Scheme"));
        var (coordinator, manager) = (await store.AddUserAsync(org, Role.Coordinator), await store.AddUserAsync(org, Role.SchemeManager));
        var family = await AccessKit.OpenFamilyAsync(store, org);
        var (outsideFamily, outsider) = (await AccessKit.OpenFamilyAsync(store, other), await store.AddUserAsync(other, Role.Volunteer));

        (await DeclareAsync(store, org.Id, coordinator, ExclusionTarget.Family(outsideFamily), manager)).ShouldBeRefused("target", "not_found");
        (await DeclareAsync(store, org.Id, coordinator, ExclusionTarget.Family(FamilyId.New()), manager)).ShouldBeRefused("target", "not_found");
        (await DeclareAsync(store, org.Id, coordinator, ExclusionTarget.Personnel(outsider), manager)).ShouldBeRefused("target", "not_found");
        (await DeclareAsync(store, org.Id, outsider, ExclusionTarget.Family(family), manager)).ShouldBeRefused("userId", "not_found");
        (await DeclareAsync(store, org.Id, coordinator, ExclusionTarget.Family(family), outsider)).ShouldBeRefused("declaredBy", "not_found");
        (await DeclareAsync(store, org.Id, coordinator, ExclusionTarget.Personnel(coordinator), manager)).ShouldBeRefused("target", "self");
        (await DeclareAsync(store, org.Id, coordinator, new ExclusionTarget("notes", family.Value), manager)).ShouldBeRefused("target", "unknown_kind");

        (await AccessRowCounts.ReadAsync(store)).ShouldBe(new AccessRowCounts(0, 0, 0, 0, 0, 0, 0));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Lift_ByAnother_EndsTheExclusion_WhichCanThenBeDeclaredAgain(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var org = await store.CreateOrganisationAsync();
        var (coordinator, manager) = (await store.AddUserAsync(org, Role.Coordinator), await store.AddUserAsync(org, Role.SchemeManager));
        var family = await AccessKit.OpenFamilyAsync(store, org);
        var exclusion = (await DeclareAsync(store, org.Id, coordinator, ExclusionTarget.Family(family), manager)).ShouldSucceed();
        store.Clock.Now = store.Clock.Now.AddDays(3);

        var lifted = (await LiftAsync(store, org.Id, exclusion.Id, manager)).ShouldSucceed();

        (lifted.LiftedAt, lifted.LiftedBy, lifted.InForce).ShouldBe((store.Clock.Now, manager, false));
        (await RelationshipsAsync(store, org.Id, family)).Excluded.ShouldBeEmpty();
        (await DeclareAsync(store, org.Id, coordinator, ExclusionTarget.Family(family), manager)).ShouldSucceed();
        (await RelationshipsAsync(store, org.Id, family)).Excluded.ShouldBe([coordinator]);
        (await store.WithAsync<ConflictExclusions, IReadOnlyList<ConflictExclusion>>(c => c.ListAsync(org.Id))).Count.ShouldBe(2);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Lift_OwnAlreadyLiftedOrOtherOrganisation_IsRefusedAndChangesNothing(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var (org, other) = (await store.CreateOrganisationAsync(), await store.CreateOrganisationAsync("Other Scheme"));
        var (coordinator, manager) = (await store.AddUserAsync(org, Role.Coordinator), await store.AddUserAsync(org, Role.SchemeManager));
        var outsider = await store.AddUserAsync(other, Role.SchemeManager);
        var (family, second) = (await AccessKit.OpenFamilyAsync(store, org), await AccessKit.OpenFamilyAsync(store, org));
        var exclusion = (await DeclareAsync(store, org.Id, coordinator, ExclusionTarget.Family(family), manager)).ShouldSucceed();
        var done = (await DeclareAsync(store, org.Id, coordinator, ExclusionTarget.Family(second), manager)).ShouldSucceed();
        (await LiftAsync(store, org.Id, done.Id, manager)).ShouldSucceed();

        (await LiftAsync(store, org.Id, exclusion.Id, coordinator)).ShouldBeRefused("liftedBy", "self");
        (await LiftAsync(store, other.Id, exclusion.Id, outsider)).ShouldBeRefused("id", "not_found");
        (await LiftAsync(store, org.Id, new ExclusionId(Guid.NewGuid()), manager)).ShouldBeRefused("id", "not_found");
        (await LiftAsync(store, org.Id, done.Id, manager)).ShouldBeRefused("id", "already_lifted");

        (await RelationshipsAsync(store, org.Id, family)).Excluded.ShouldBe([coordinator]);
    }

    internal static Task<Result<ConflictExclusion>> DeclareAsync(TestStore store, OrganisationId org, UserId excluded, ExclusionTarget target, UserId by) =>
        store.WithAsync<ConflictExclusions, Result<ConflictExclusion>>(c => c.DeclareAsync(org, excluded, target, by));

    private static Task<Result<ConflictExclusion>> LiftAsync(TestStore store, OrganisationId org, ExclusionId id, UserId by) =>
        store.WithAsync<ConflictExclusions, Result<ConflictExclusion>>(c => c.LiftAsync(org, id, by));

    private static async Task<FileRelationships> RelationshipsAsync(TestStore store, OrganisationId org, FamilyId family) =>
        (await store.WithAsync<FamilyRecords, FileRelationships?>(r => r.GetRelationshipsAsync(org, family))).ShouldNotBeNull();
}
