using Confide.Core.Access;
using Confide.Core.Common;
using Confide.Core.Organisations;
using Confide.Core.Staff;
using Confide.Data.Records;
using Confide.Data.Staff;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;

namespace Confide.Data.Tests.Staff;

public sealed class StaffAccountsTests
{
    private const string TwelveChars = "twelve chars";

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Add_TwelveCharacterPassword_AccountIsListedWithItsRolesAndCanAct(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var org = await store.CreateOrganisationAsync();

        var added = await AddAsync(store, org.Id, " sam@example.org ", "Sam Okafor", [Role.Volunteer, Role.Coordinator, Role.Volunteer], TwelveChars);

        added.Errors.ShouldBeEmpty();
        var listing = (await ListAsync(store, org.Id)).ShouldHaveSingleItem();
        listing.ShouldBe(new StaffAccounts.Listing(added.Value, "sam@example.org", "Sam Okafor", listing.Roles, Disabled: false));
        listing.Roles.ShouldBe([Role.Coordinator, Role.Volunteer]);
        var actor = (await FindActorAsync(store, added.Value)).ShouldNotBeNull();
        (actor.OrganisationId, actor.Has(Role.Coordinator), actor.Has(Role.Volunteer)).ShouldBe((org.Id, true, true));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Add_ElevenCharacterPassword_IsRefusedSayingTheMinimumAndNotStored(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var org = await store.CreateOrganisationAsync();

        var added = await AddAsync(store, org.Id, "sam@example.org", "Sam Okafor", [Role.Volunteer], "eleven char");

        var error = added.Errors.ShouldHaveSingleItem();
        error.Field.ShouldBe("password");
        error.Message.ShouldContain("12");
        (await ListAsync(store, org.Id)).ShouldBeEmpty();
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Add_CommonPasswordInAnyCase_IsRefusedAsEasyToGuessAndNotStored(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var org = await store.CreateOrganisationAsync();

        var added = await AddAsync(store, org.Id, "sam@example.org", "Sam Okafor", [Role.Volunteer], "Password1234");

        var error = added.Errors.ShouldHaveSingleItem();
        (error.Field, error.Code).ShouldBe(("password", CommonPasswordValidator.ErrorCode));
        error.Message.ShouldContain("common");
        (await ListAsync(store, org.Id)).ShouldBeEmpty();
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Add_DuplicateEmailInAnyCase_IsRefusedOnTheEmailField(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var org = await store.CreateOrganisationAsync();
        await AddAsync(store, org.Id, "sam@example.org", "Sam Okafor", [Role.Volunteer], TwelveChars);

        var again = await AddAsync(store, org.Id, "SAM@example.org", "Another Sam", [Role.Coordinator], TwelveChars);

        again.Succeeded.ShouldBeFalse();
        again.Errors.ShouldAllBe(e => e.Field == "email");
        again.Errors.ShouldContain(e => e.Code == "DuplicateEmail" && e.Message.Contains("SAM@example.org"));
        (await ListAsync(store, org.Id)).Select(l => l.DisplayName).ShouldBe(["Sam Okafor"]);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Add_UnknownOrganisation_IsRefusedNamingIt(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var unknown = OrganisationId.New();

        var added = await AddAsync(store, unknown, "sam@example.org", "Sam Okafor", [Role.Volunteer], TwelveChars);

        var error = added.Errors.ShouldHaveSingleItem();
        (error.Field, error.Code).ShouldBe(("organisation", "not_found"));
        error.Message.ShouldContain(unknown.ToString());
        (await ListAsync(store, null)).ShouldBeEmpty();
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Add_NoRolesAndNoAtSign_AreReportedTogether(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var org = await store.CreateOrganisationAsync();

        var added = await AddAsync(store, org.Id, "sam.example.org", "", [], TwelveChars);

        added.Errors.Select(e => (e.Field, e.Code)).ShouldBe([("displayName", "required"), ("roles", "required"), ("email", "invalid")], ignoreOrder: true);
        added.Errors.Single(e => e.Field == "roles").Message.ShouldContain("volunteer");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Disable_ThenFindActor_ReturnsNullAndTheListingShowsItDisabled(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var org = await store.CreateOrganisationAsync();
        var user = await store.AddUserAsync(org, Role.Coordinator, "leaver@example.org");
        (await FindActorAsync(store, user)).ShouldNotBeNull();

        var disabled = await store.WithAsync<StaffAccounts, Result<UserId>>(s => s.DisableAsync("leaver@example.org"));

        disabled.Value.ShouldBe(user);
        (await FindActorAsync(store, user)).ShouldBeNull();
        (await ListAsync(store, org.Id)).ShouldHaveSingleItem().Disabled.ShouldBeTrue();
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Disable_UnknownEmail_IsRefusedNamingIt(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);

        var disabled = await store.WithAsync<StaffAccounts, Result<UserId>>(s => s.DisableAsync("nobody@example.org"));

        var error = disabled.Errors.ShouldHaveSingleItem();
        (error.Field, error.Code).ShouldBe(("email", "not_found"));
        error.Message.ShouldContain("'nobody@example.org'");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task List_ByOrganisation_ShowsOnlyThatOrganisationsAccountsByEmail(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var org = await store.CreateOrganisationAsync();
        var other = await store.CreateOrganisationAsync("Other Scheme");
        await store.AddUserAsync(org, Role.Volunteer, "zed@example.org");
        await store.AddUserAsync(other, Role.Coordinator, "mid@example.org");
        await store.AddUserAsync(org, Role.Administrator, "amy@example.org");

        (await ListAsync(store, org.Id)).Select(l => l.Email).ShouldBe(["amy@example.org", "zed@example.org"]);
        (await ListAsync(store, other.Id)).Select(l => l.Email).ShouldBe(["mid@example.org"]);
        (await ListAsync(store, null)).Count.ShouldBe(3);
    }

    private static Task<Result<UserId>> AddAsync(TestStore store, OrganisationId org, string email, string name, Role[] roles, string password) =>
        store.WithAsync<StaffAccounts, Result<UserId>>(s => s.AddAsync(org, email, name, roles, password));

    private static Task<IReadOnlyList<StaffAccounts.Listing>> ListAsync(TestStore store, OrganisationId? org) =>
        store.WithAsync<StaffAccounts, IReadOnlyList<StaffAccounts.Listing>>(s => s.ListAsync(org));

    private static Task<Actor?> FindActorAsync(TestStore store, UserId user) =>
        store.WithAsync<ConfideDbContext, Actor?>(db => StaffDirectory.FindActorAsync(db, user, CancellationToken.None));
}
