using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Core.Staff;
using Confide.Data.Families;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;

namespace Confide.Data.Tests.Families;

public sealed class FamilyRecordsTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Open_ValidReferral_FileReadsBackDecrypted(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var org = await store.CreateOrganisationAsync();
        var coordinator = await store.AddUserAsync(org, Role.Coordinator);
        var details = new FamilyBuilder().WithAdult("Ada", "Quillfeather").WithChild(age: 13, given: "Bram", family: "Quillfeather").Build();

        var opened = await OpenAsync(store, org.Id, coordinator, details, FamilyBuilder.Referral());
        var file = await store.WithAsync<FamilyRecords, FamilyFile?>(r => r.GetAsync(org.Id, opened.Family.Id));

        file.ShouldNotBeNull();
        file.Family.Reference.ShouldBe("F-000001");
        file.Family.Postcode.ShouldBe("IP33 1AB");
        file.Family.AssignedCoordinatorId.ShouldBe(coordinator);
        file.Family.Members.Select(m => m.GivenName).ShouldBe(["Ada", "Bram"]);
        file.Family.Members[1].AgeOn(store.Clock.Today).ShouldBe(13);
        file.Referrals.Single().Reason.ShouldBe(FamilyBuilder.Referral().Reason);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Open_TwoFamilies_ReferencesAreSequential(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var org = await store.CreateOrganisationAsync();

        var a = await OpenAsync(store, org.Id, null, new FamilyBuilder().Build(), FamilyBuilder.Referral());
        var b = await OpenAsync(store, org.Id, null, new FamilyBuilder().Build(), FamilyBuilder.Referral());

        (a.Family.Reference, b.Family.Reference).ShouldBe(("F-000001", "F-000002"));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Open_WithoutFamilyConsent_IsRefusedAndWritesNothing(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var org = await store.CreateOrganisationAsync();

        var result = await store.WithAsync<FamilyRecords, Result<FamilyFile>>(r =>
            r.OpenAsync(org.Id, UserId.New(), new FamilyBuilder().Build(), FamilyBuilder.Referral(consented: false), null));

        result.Succeeded.ShouldBeFalse();
        result.Errors.ShouldContain(e => e.Code == "consent_missing" && e.Field == "referral.familyConsented" && e.Message.Contains("not consented"));
        (await RowCounts.ReadAsync(store)).ShouldBe(new RowCounts(0, 0, 0, 0, 0, 0));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Open_ChildBornInFuture_IsRefusedAndWritesNothing(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var org = await store.CreateOrganisationAsync();
        var details = new FamilyBuilder().WithAdult().WithChildBorn(store.Clock.Today.AddDays(30)).Build();

        var result = await store.WithAsync<FamilyRecords, Result<FamilyFile>>(r => r.OpenAsync(org.Id, UserId.New(), details, FamilyBuilder.Referral(), null));

        result.Errors.ShouldContain(e => e.Field == "members[1].dateOfBirth" && e.Code == "in_future");
        (await RowCounts.ReadAsync(store)).ShouldBe(new RowCounts(0, 0, 0, 0, 0, 0));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Open_OverlongName_IsRefusedWithLimitAndWritesNothing(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var org = await store.CreateOrganisationAsync();
        var details = new FamilyBuilder().WithAdult(given: new string('a', FieldLimits.Name + 1)).Build();

        var result = await store.WithAsync<FamilyRecords, Result<FamilyFile>>(r => r.OpenAsync(org.Id, UserId.New(), details, FamilyBuilder.Referral(), null));

        result.Errors.ShouldContain(e => e.Field == "members[0].givenName" && e.Code == "too_long" && e.Message.Contains("100 characters or fewer"));
        (await RowCounts.ReadAsync(store)).ShouldBe(new RowCounts(0, 0, 0, 0, 0, 0));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Open_CoordinatorOfAnotherOrganisation_IsRefused(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var org = await store.CreateOrganisationAsync("Scheme A");
        var other = await store.CreateOrganisationAsync("Scheme B");
        var outsider = await store.AddUserAsync(other, Role.Coordinator);

        var result = await store.WithAsync<FamilyRecords, Result<FamilyFile>>(r =>
            r.OpenAsync(org.Id, UserId.New(), new FamilyBuilder().Build(), FamilyBuilder.Referral(), outsider));

        result.Errors.ShouldContain(e => e.Field == "coordinator");
        (await RowCounts.ReadAsync(store)).Families.ShouldBe(0);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Get_FamilyOfAnotherOrganisation_IsNotFound(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var org = await store.CreateOrganisationAsync("Scheme A");
        var other = await store.CreateOrganisationAsync("Scheme B");
        var opened = await OpenAsync(store, org.Id, null, new FamilyBuilder().Build(), FamilyBuilder.Referral());

        var fromOther = await store.WithAsync<FamilyRecords, FamilyFile?>(r => r.GetAsync(other.Id, opened.Family.Id));
        var relationships = await store.WithAsync<FamilyRecords, Core.Access.FileRelationships?>(r => r.GetRelationshipsAsync(other.Id, opened.Family.Id));

        fromOther.ShouldBeNull();
        relationships.ShouldBeNull();
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Search_ByNameTokensOrPostcode_FindsOnlyMatchingFamiliesOfTheOrganisation(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var org = await store.CreateOrganisationAsync("Scheme A");
        var other = await store.CreateOrganisationAsync("Scheme B");
        var zoe = await OpenAsync(store, org.Id, null, new FamilyBuilder().WithAdult("Zoë", "O'Hara-Bright").At("1 Mill Lane", "ip331ab").Build(), FamilyBuilder.Referral());
        var sam = await OpenAsync(store, org.Id, null, new FamilyBuilder().WithAdult("Sam", "Bright").At("2 Mill Lane", "CB1 2AB").Build(), FamilyBuilder.Referral());
        await OpenAsync(store, other.Id, null, new FamilyBuilder().WithAdult("Zoe", "Ohara").At("3 Mill Lane", "IP33 1AB").Build(), FamilyBuilder.Referral());

        async Task<IReadOnlyList<FamilyId>> Search(string text) => await store.WithAsync<FamilyRecords, IReadOnlyList<FamilyId>>(r => r.SearchAsync(org.Id, text));

        (await Search("zoe ohara")).ShouldBe([zoe.Family.Id]);
        (await Search("BRIGHT")).ShouldBe([zoe.Family.Id, sam.Family.Id], ignoreOrder: true);
        (await Search("IP33 1AB")).ShouldBe([zoe.Family.Id]);
        (await Search("cb1")).ShouldBe([sam.Family.Id]);
        (await Search("zoe smith")).ShouldBeEmpty();
        (await Search("   ")).ShouldBeEmpty();
    }

    internal static async Task<FamilyFile> OpenAsync(TestStore store, Core.Organisations.OrganisationId org, UserId? coordinator, FamilyDetails details, ReferralDetails referral)
    {
        var result = await store.WithAsync<FamilyRecords, Result<FamilyFile>>(r => r.OpenAsync(org, UserId.New(), details, referral, coordinator));
        result.Errors.ShouldBeEmpty();
        return result.Value;
    }
}
