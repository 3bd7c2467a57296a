using Confide.Core.Access;
using Confide.Core.Families;
using Confide.Core.Staff;
using Confide.Data.Access;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;

namespace Confide.Web.Tests.Authorization;

/// <summary>
/// A grant, a revocation, a conflict declaration, the end of a match and a change of line manager take effect on the
/// very next request of the same clients, with nothing restarted. Each test has a family and people of its own.
/// </summary>
[Collection(AuthorizationCollection.Name)]
public sealed class NextRequestTests(AuthorizationWorlds worlds)
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<FamilyId, string> Surnames = [];

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task GrantIssued_OpensTheFileOnTheNextRequest(DatabaseProvider provider)
    {
        var (world, relate, family) = await FamilyOfItsOwnAsync(provider, "Ashcombe");
        var trustee = await world.AccountAsync(world.Home, Role.Trustee, "next.trustee.granted");
        (await StatusesAsync(world, trustee, family)).ShouldBe((403, 403, false));

        await relate.GrantAsync(GrantKind.TrusteeSpotCheck, trustee, family);

        (await StatusesAsync(world, trustee, family)).ShouldBe((200, 200, true));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task GrantRevoked_RefusesTheNextRequest(DatabaseProvider provider)
    {
        var (world, relate, family) = await FamilyOfItsOwnAsync(provider, "Bexwell");
        var trustee = await world.AccountAsync(world.Home, Role.Trustee, "next.trustee.revoked");
        var grant = await relate.GrantAsync(GrantKind.TrusteeSpotCheck, trustee, family);
        (await StatusesAsync(world, trustee, family)).ShouldBe((200, 200, true));

        await relate.RevokeAsync(grant);

        (await StatusesAsync(world, trustee, family)).ShouldBe((403, 403, false));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task ConflictDeclared_HidesTheFileFromTheAssignedCoordinatorOnTheNextRequest_AndLiftingRestoresIt(DatabaseProvider provider)
    {
        var (world, relate, family, coordinator) = await FamilyOfItsOwnWithCoordinatorAsync(provider, "Coldharbour");
        (await StatusesAsync(world, coordinator, family)).ShouldBe((200, 200, true));

        var exclusion = await relate.ExcludeAsync(coordinator, ExclusionTarget.Family(family));

        (await StatusesAsync(world, coordinator, family)).ShouldBe((404, 404, false));
        await world.ExpectAsync(() => world.WithAsync<ConflictExclusions, Core.Common.Result<ConflictExclusion>>(e =>
            e.LiftAsync(world.Home.Id, exclusion, world.Person(Role.SchemeManager, Relationship.None))));
        (await StatusesAsync(world, coordinator, family)).ShouldBe((200, 200, true));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task MatchEnded_RefusesTheVolunteerOnTheNextRequest(DatabaseProvider provider)
    {
        var (world, relate, family) = await FamilyOfItsOwnAsync(provider, "Dunmere");
        var volunteer = await world.AccountAsync(world.Home, Role.Volunteer, "next.volunteer");
        var match = await relate.MatchAsync(family, volunteer);
        (await StatusesAsync(world, volunteer, family)).ShouldBe((200, 200, true));

        await relate.EndMatchAsync(match, AuthorizationRelationships.Today.AddDays(-1));

        (await StatusesAsync(world, volunteer, family)).ShouldBe((403, 403, false));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task LineManagerChanged_RefusesTheFormerManagerOnTheNextRequest(DatabaseProvider provider)
    {
        var (world, relate, family, coordinator) = await FamilyOfItsOwnWithCoordinatorAsync(provider, "Eastwick");
        var (former, next) = (await world.AccountAsync(world.Home, Role.SchemeManager, "next.manager.former"), await world.AccountAsync(world.Home, Role.SchemeManager, "next.manager.new"));
        await relate.LineManageAsync(coordinator, former);
        (await StatusesAsync(world, former, family)).ShouldBe((200, 200, true));
        (await StatusesAsync(world, next, family)).ShouldBe((403, 403, false));

        await relate.LineManageAsync(coordinator, next);

        (await StatusesAsync(world, former, family)).ShouldBe((403, 403, false));
        (await StatusesAsync(world, next, family)).ShouldBe((200, 200, true));
    }

    /// <summary>The file page, the API file and whether API search finds it, through the person's long-lived clients.</summary>
    private static async Task<(int Page, int Api, bool Found)> StatusesAsync(AuthorizationWorld world, UserId person, FamilyId family)
    {
        var api = await world.ApiClientForAsync(person);
        using var page = await world.ClientFor(person).GetAsync(new Uri($"/families/{family}", UriKind.Relative));
        using var file = await api.GetAsync(new Uri($"/api/v1/families/{family}", UriKind.Relative));
        var found = await api.GetStringAsync(new Uri($"/api/v1/families?search={Uri.EscapeDataString(Surnames[family])}", UriKind.Relative));
        return ((int)page.StatusCode, (int)file.StatusCode, found.Contains(family.ToString(), StringComparison.Ordinal));
    }

    private async Task<(AuthorizationWorld, AuthorizationRelationships, FamilyId)> FamilyOfItsOwnAsync(DatabaseProvider provider, string surname)
    {
        var (world, relate, family, _) = await FamilyOfItsOwnWithCoordinatorAsync(provider, surname);
        return (world, relate, family);
    }

    private async Task<(AuthorizationWorld, AuthorizationRelationships, FamilyId, UserId)> FamilyOfItsOwnWithCoordinatorAsync(DatabaseProvider provider, string surname)
    {
        var world = await worlds.ForAsync(provider);
        var coordinator = await world.AccountAsync(world.Home, Role.Coordinator, $"next.coordinator.{surname}".ToLowerInvariant());
        var file = await world.FamilyAsync(world.Home, coordinator, new FamilyDetails("1 Station Road, Needham Market", "IP6 8AA",
            [new MemberDetails(MemberKind.Adult, "Pat", surname, null)]));
        Surnames[file.Family.Id] = surname;
        return (world, new AuthorizationRelationships(world, world.Home.Id, world.Person(Role.SchemeManager, Relationship.None)), file.Family.Id, coordinator);
    }
}
