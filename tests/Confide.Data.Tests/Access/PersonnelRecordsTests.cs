using Confide.Core.Access;
using Confide.Core.Common;
using Confide.Core.Staff;
using Confide.Data.Access;
using Confide.Data.Staff;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;

namespace Confide.Data.Tests.Access;

public sealed class PersonnelRecordsTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Get_Volunteer_ShowsAccountRolesAndLineManagerByName(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var org = await store.CreateOrganisationAsync();
        var coordinator = (await store.WithAsync<StaffAccounts, Result<UserId>>(s =>
            s.AddAsync(org.Id, "alex@example.org", "Alex Hartley", [Role.Coordinator], "correct horse battery staple"))).ShouldSucceed();
        var jo = (await store.WithAsync<StaffAccounts, Result<UserId>>(s =>
            s.AddAsync(org.Id, "jo@example.org", "Jo Marsh", [Role.Volunteer, Role.Trustee], "correct horse battery staple"))).ShouldSucceed();
        (await LineManagementTests.SetAsync(store, org.Id, jo, coordinator)).ShouldSucceed();

        var file = (await store.WithAsync<PersonnelRecords, PersonnelFile?>(p => p.GetAsync(org.Id, jo))).ShouldNotBeNull();

        file.ShouldBe(new PersonnelFile(jo, org.Id, "Jo Marsh", "jo@example.org", file.Roles, coordinator, "Alex Hartley", store.Clock.Now, null));
        file.Roles.ShouldBe([Role.Volunteer, Role.Trustee]);
        (await store.WithAsync<PersonnelRecords, PersonnelFile?>(p => p.GetAsync(org.Id, coordinator)))!.LineManagerName.ShouldBeNull();
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Get_DisabledAccount_StillHasItsFileWithTheDate(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var org = await store.CreateOrganisationAsync();
        var jo = await store.AddUserAsync(org, Role.Volunteer);
        store.Clock.Now = store.Clock.Now.AddDays(2);
        await AccessKit.DisableAsync(store, jo);

        (await store.WithAsync<PersonnelRecords, PersonnelFile?>(p => p.GetAsync(org.Id, jo)))!.DisabledAt.ShouldBe(store.Clock.Now);
        (await store.WithAsync<PersonnelRecords, PersonnelFileFacts?>(p => p.GetFactsAsync(org.Id, jo))).ShouldNotBeNull();
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task GetAndFacts_AccountOfAnotherOrganisationOrUnknown_AreNull(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var (org, other) = (await store.CreateOrganisationAsync(), await store.CreateOrganisationAsync("Other Scheme"));
        var outsider = await store.AddUserAsync(other, Role.Volunteer);

        (await store.WithAsync<PersonnelRecords, PersonnelFile?>(p => p.GetAsync(org.Id, outsider))).ShouldBeNull();
        (await store.WithAsync<PersonnelRecords, PersonnelFileFacts?>(p => p.GetFactsAsync(org.Id, outsider))).ShouldBeNull();
        (await store.WithAsync<PersonnelRecords, PersonnelFile?>(p => p.GetAsync(org.Id, UserId.New()))).ShouldBeNull();
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Facts_HaveTheLineManagerAndOnlyExclusionsInForceFromThisFile(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var org = await store.CreateOrganisationAsync();
        var (manager, officer, chief, jo) = (await store.AddUserAsync(org, Role.SchemeManager), await store.AddUserAsync(org, Role.OfficeManager),
            await store.AddUserAsync(org, Role.ChiefOfficer), await store.AddUserAsync(org, Role.Volunteer));
        (await LineManagementTests.SetAsync(store, org.Id, jo, manager)).ShouldSucceed();
        (await ConflictExclusionsTests.DeclareAsync(store, org.Id, officer, ExclusionTarget.Personnel(jo), manager)).ShouldSucceed();
        var lifted = (await ConflictExclusionsTests.DeclareAsync(store, org.Id, chief, ExclusionTarget.Personnel(jo), manager)).ShouldSucceed();
        (await store.WithAsync<ConflictExclusions, Result<ConflictExclusion>>(c => c.LiftAsync(org.Id, lifted.Id, manager))).ShouldSucceed();
        (await ConflictExclusionsTests.DeclareAsync(store, org.Id, chief, ExclusionTarget.Personnel(manager), officer)).ShouldSucceed();

        var facts = (await store.WithAsync<PersonnelRecords, PersonnelFileFacts?>(p => p.GetFactsAsync(org.Id, jo))).ShouldNotBeNull();

        (facts.Subject, facts.OrganisationId, facts.LineManagerId).ShouldBe((jo, org.Id, manager));
        facts.Excluded.ShouldBe([officer]);
    }
}
