using Confide.Core.Organisations;
using Confide.Core.Sharing;
using Confide.Core.Staff;
using Confide.Data.Storage;
using Confide.Data.Tests.Access;
using Confide.Data.Tests.Infrastructure;
using static Confide.Data.Tests.Sharing.SharingKit;

namespace Confide.Data.Tests.Sharing;

public sealed class AgencyRegisterTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Add_CheckAndRetire_AreKeptAndListedByName(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var org = await store.CreateOrganisationAsync();
        var manager = await store.AddUserAsync(org, Role.SchemeManager);

        var school = (await Register(store, r => r.AddAsync(org.Id, new AgencyDetails(" Orchard Primary School ", AgencyCategory.School, "Pupils' welfare", null, false), manager))).ShouldSucceed();
        var hv = (await Register(store, r => r.AddAsync(org.Id, HealthVisitors, manager))).ShouldSucceed();
        var checkedHv = (await Register(store, r => r.MarkCheckedAsync(org.Id, hv.Id, store.Clock.Today.AddDays(-2)))).ShouldSucceed();
        var retired = (await Register(store, r => r.RetireAsync(org.Id, school.Id))).ShouldSucceed();

        school.Name.ShouldBe("Orchard Primary School");
        school.DataProtectionCheckedOn.ShouldBeNull();
        checkedHv.DataProtectionCheckedOn.ShouldBe(store.Clock.Today.AddDays(-2));
        retired.RetiredOn.ShouldBe(store.Clock.Today);
        retired.Registered(store.Clock.Today).ShouldBeFalse();
        (await Register(store, r => r.ListAsync(org.Id))).Select(a => a.Name).ShouldBe(["Northgate Health Visiting Team", "Orchard Primary School"]);
        (await Register(store, r => r.FindAsync(org.Id, hv.Id))).ShouldBe(checkedHv);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Add_InvalidOrDuplicate_IsRefusedAndWritesNothing(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var org = await store.CreateOrganisationAsync();
        var manager = await store.AddUserAsync(org, Role.SchemeManager);
        (await Register(store, r => r.AddAsync(org.Id, HealthVisitors, manager))).ShouldSucceed();

        (await Register(store, r => r.AddAsync(org.Id, HealthVisitors with { Name = "northgate health visiting team" }, manager))).ShouldBeRefused("name", "agency.duplicate");
        var invalid = await Register(store, r => r.AddAsync(org.Id, new AgencyDetails("", AgencyCategory.Other, " ", null, false), manager));

        invalid.Errors.Select(e => e.Field).ShouldBe(["name", "legitimateInterest"]);
        (await Register(store, r => r.ListAsync(org.Id))).Count.ShouldBe(1);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Changes_CheckedInTheFutureRetiredTwiceOrInAnotherOrganisation_AreRefused(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var (org, other) = (await store.CreateOrganisationAsync("A"), await store.CreateOrganisationAsync("B"));
        var manager = await store.AddUserAsync(org, Role.SchemeManager);
        var hv = (await Register(store, r => r.AddAsync(org.Id, HealthVisitors, manager))).ShouldSucceed();

        (await Register(store, r => r.MarkCheckedAsync(org.Id, hv.Id, store.Clock.Today.AddDays(1)))).ShouldBeRefused("checkedOn", "agency.checked_in_future");
        (await Register(store, r => r.MarkCheckedAsync(other.Id, hv.Id, store.Clock.Today))).ShouldBeRefused("agencyId", "not_found");
        (await Register(store, r => r.FindAsync(other.Id, hv.Id))).ShouldBeNull();
        (await Register(store, r => r.ListAsync(other.Id))).ShouldBeEmpty();
        (await Register(store, r => r.RetireAsync(org.Id, hv.Id))).ShouldSucceed();
        (await Register(store, r => r.RetireAsync(org.Id, hv.Id))).ShouldBeRefused("agencyId", "agency.retired");
        (await Register(store, r => r.MarkCheckedAsync(org.Id, hv.Id, store.Clock.Today))).ShouldBeRefused("agencyId", "agency.retired");
        (await Register(store, r => r.FindAsync(org.Id, hv.Id)))!.DataProtectionCheckedOn.ShouldBeNull();
    }
}
