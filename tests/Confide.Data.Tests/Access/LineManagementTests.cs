using Confide.Core.Access;
using Confide.Core.Common;
using Confide.Core.Organisations;
using Confide.Core.Staff;
using Confide.Data.Access;
using Confide.Data.Records;
using Confide.Data.Staff;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;

namespace Confide.Data.Tests.Access;

public sealed class LineManagementTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Set_ManagerOfTwoVolunteers_FindActorListsThemAsSupervisees(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var org = await store.CreateOrganisationAsync();
        var coordinator = await store.AddUserAsync(org, Role.Coordinator);
        var (jo, pat, other) = (await store.AddUserAsync(org, Role.Volunteer), await store.AddUserAsync(org, Role.Volunteer), await store.AddUserAsync(org, Role.Volunteer));

        (await SetAsync(store, org.Id, jo, coordinator)).ShouldSucceed().ShouldBe(jo);
        (await SetAsync(store, org.Id, pat, coordinator)).ShouldSucceed();

        (await FindActorAsync(store, coordinator)).Supervisees.ShouldBe([jo, pat], ignoreOrder: true);
        (await FindActorAsync(store, other)).Supervisees.ShouldBeEmpty();
        (await store.WithAsync<PersonnelRecords, PersonnelFileFacts?>(p => p.GetFactsAsync(org.Id, jo)))!.LineManagerId.ShouldBe(coordinator);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task FindActor_DisabledSupervisee_IsNotListed(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var org = await store.CreateOrganisationAsync();
        var coordinator = await store.AddUserAsync(org, Role.Coordinator);
        var (jo, pat) = (await store.AddUserAsync(org, Role.Volunteer), await store.AddUserAsync(org, Role.Volunteer));
        (await SetAsync(store, org.Id, jo, coordinator)).ShouldSucceed();
        (await SetAsync(store, org.Id, pat, coordinator)).ShouldSucceed();

        await AccessKit.DisableAsync(store, pat);

        (await FindActorAsync(store, coordinator)).Supervisees.ShouldBe([jo]);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task FindActor_ManyRolesAndSupervisees_IsOneQuery(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var org = await store.CreateOrganisationAsync();
        var manager = (await store.WithAsync<StaffAccounts, Result<UserId>>(s =>
            s.AddAsync(org.Id, "lead@example.org", "Lead", [Role.SchemeManager, Role.Coordinator, Role.SafeguardingLead], "correct horse battery staple"))).ShouldSucceed();
        var reports = new List<UserId>();
        for (var i = 0; i < 5; i++)
        {
            reports.Add(await store.AddUserAsync(org, Role.Coordinator));
            (await SetAsync(store, org.Id, reports[^1], manager)).ShouldSucceed();
        }

        var (db, counter) = CountingContext.Create(store);
        await using var _ = db;
        var actor = (await StaffDirectory.FindActorAsync(db, manager, CancellationToken.None)).ShouldNotBeNull();

        counter.Commands.ShouldBe(1);
        actor.Roles.ShouldBe([Role.SchemeManager, Role.Coordinator, Role.SafeguardingLead], ignoreOrder: true);
        actor.Supervisees.ShouldBe(reports, ignoreOrder: true);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Set_Null_ClearsTheLineManager(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var org = await store.CreateOrganisationAsync();
        var (coordinator, jo) = (await store.AddUserAsync(org, Role.Coordinator), await store.AddUserAsync(org, Role.Volunteer));
        (await SetAsync(store, org.Id, jo, coordinator)).ShouldSucceed();

        (await SetAsync(store, org.Id, jo, null)).ShouldSucceed();

        (await FindActorAsync(store, coordinator)).Supervisees.ShouldBeEmpty();
        (await AccessRowCounts.ReadAsync(store)).LineManaged.ShouldBe(0);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Set_Self_IsRefusedAndWritesNothing(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var org = await store.CreateOrganisationAsync();
        var jo = await store.AddUserAsync(org, Role.Volunteer);

        var error = (await SetAsync(store, org.Id, jo, jo)).ShouldBeRefused("manager", "self");

        error.Message.ShouldContain("own line manager");
        (await AccessRowCounts.ReadAsync(store)).LineManaged.ShouldBe(0);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Set_ManagerOfAnotherOrganisation_IsRefusedAndWritesNothing(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var (org, other) = (await store.CreateOrganisationAsync(), await store.CreateOrganisationAsync("Other Scheme"));
        var jo = await store.AddUserAsync(org, Role.Volunteer);
        var outsider = await store.AddUserAsync(other, Role.Coordinator);

        (await SetAsync(store, org.Id, jo, outsider)).ShouldBeRefused("manager", "not_found").Message.ShouldContain("not an account of this organisation");
        (await SetAsync(store, other.Id, jo, outsider)).ShouldBeRefused("subject", "not_found");
        (await AccessRowCounts.ReadAsync(store)).LineManaged.ShouldBe(0);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Set_UnknownOrDisabledManager_IsRefusedAndWritesNothing(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var org = await store.CreateOrganisationAsync();
        var (jo, gone) = (await store.AddUserAsync(org, Role.Volunteer), await store.AddUserAsync(org, Role.Coordinator));
        await AccessKit.DisableAsync(store, gone);

        (await SetAsync(store, org.Id, jo, UserId.New())).ShouldBeRefused("manager", "not_found");
        (await SetAsync(store, org.Id, UserId.New(), gone)).Errors.Select(e => (e.Field, e.Code)).ShouldBe([("subject", "not_found"), ("manager", "disabled")]);
        (await SetAsync(store, org.Id, jo, gone)).ShouldBeRefused("manager", "disabled");
        (await AccessRowCounts.ReadAsync(store)).LineManaged.ShouldBe(0);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Set_ChainThatWouldLoop_IsRefusedAndWritesNothing(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var org = await store.CreateOrganisationAsync();
        var manager = await store.AddUserAsync(org, Role.SchemeManager);
        var coordinator = await store.AddUserAsync(org, Role.Coordinator);
        var volunteer = await store.AddUserAsync(org, Role.Volunteer);
        (await SetAsync(store, org.Id, coordinator, manager)).ShouldSucceed();
        (await SetAsync(store, org.Id, volunteer, coordinator)).ShouldSucceed();
        var before = await AccessRowCounts.ReadAsync(store);

        (await SetAsync(store, org.Id, manager, volunteer)).ShouldBeRefused("manager", "cycle").Message.ShouldContain("loop");
        (await SetAsync(store, org.Id, coordinator, volunteer)).ShouldBeRefused("manager", "cycle");

        (await AccessRowCounts.ReadAsync(store)).ShouldBe(before);
        (await FindActorAsync(store, volunteer)).Supervisees.ShouldBeEmpty();
        // Moving someone sideways is not a loop.
        (await SetAsync(store, org.Id, volunteer, manager)).ShouldSucceed();
    }

    internal static Task<Result<UserId>> SetAsync(TestStore store, OrganisationId org, UserId subject, UserId? manager) =>
        store.WithAsync<LineManagement, Result<UserId>>(l => l.SetLineManagerAsync(org, subject, manager));

    private static async Task<Actor> FindActorAsync(TestStore store, UserId user) =>
        (await store.WithAsync<ConfideDbContext, Actor?>(db => StaffDirectory.FindActorAsync(db, user, CancellationToken.None))).ShouldNotBeNull();
}
