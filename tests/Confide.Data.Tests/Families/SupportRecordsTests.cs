using Confide.Core.Access;
using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Staff;
using Confide.Data.Families;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Data.Tests.Families;

public sealed class SupportRecordsTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task StartThenEndEpisode_FileShowsTheEndedEpisode(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var (org, family) = await SeedAsync(store);
        var startedOn = store.Clock.Today.AddDays(-30);

        var started = await Support(store, s => s.StartEpisodeAsync(org.Id, family, SupportType.Group, startedOn));
        var ended = await Support(store, s => s.EndEpisodeAsync(org.Id, started.Value.Id, store.Clock.Today));

        ended.Errors.ShouldBeEmpty();
        var episode = (await FileAsync(store, org, family)).Episodes.ShouldHaveSingleItem();
        (episode.Id, episode.Type, episode.StartedOn, episode.EndedOn).ShouldBe((started.Value.Id, SupportType.Group, startedOn, (DateOnly?)store.Clock.Today));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task EndEpisode_BeforeItStarted_IsRefusedAndNotStored(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var (org, family) = await SeedAsync(store);
        var started = await Support(store, s => s.StartEpisodeAsync(org.Id, family, SupportType.HomeVisiting, store.Clock.Today));

        var ended = await Support(store, s => s.EndEpisodeAsync(org.Id, started.Value.Id, store.Clock.Today.AddDays(-1)));

        var error = ended.Errors.ShouldHaveSingleItem();
        (error.Field, error.Code).ShouldBe(("endedOn", "before_start"));
        error.Message.ShouldContain("before it started");
        (await FileAsync(store, org, family)).Episodes.ShouldHaveSingleItem().EndedOn.ShouldBeNull();
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task EndEpisode_Twice_IsRefusedAndKeepsTheFirstEnd(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var (org, family) = await SeedAsync(store);
        var started = await Support(store, s => s.StartEpisodeAsync(org.Id, family, SupportType.HomeVisiting, store.Clock.Today.AddDays(-10)));
        await Support(store, s => s.EndEpisodeAsync(org.Id, started.Value.Id, store.Clock.Today.AddDays(-5)));

        var again = await Support(store, s => s.EndEpisodeAsync(org.Id, started.Value.Id, store.Clock.Today));

        again.Errors.ShouldHaveSingleItem().Code.ShouldBe("already_ended");
        (await FileAsync(store, org, family)).Episodes.Single().EndedOn.ShouldBe(store.Clock.Today.AddDays(-5));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task StartEpisode_ForAnotherOrganisationsFamily_IsNotFoundAndNotStored(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var (org, family) = await SeedAsync(store);
        var other = await store.CreateOrganisationAsync("Other Scheme");

        var started = await Support(store, s => s.StartEpisodeAsync(other.Id, family, SupportType.Group, store.Clock.Today));

        var error = started.Errors.ShouldHaveSingleItem();
        (error.Field, error.Code).ShouldBe(("familyId", "not_found"));
        (await FileAsync(store, org, family)).Episodes.ShouldBeEmpty();
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task MatchVolunteer_OfThisOrganisation_RelationshipsShowTheMatchAndThePolicyAllowsTheVolunteerView(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var (org, family) = await SeedAsync(store);
        var volunteer = await store.AddUserAsync(org, Role.Volunteer);

        var match = await Support(store, s => s.MatchVolunteerAsync(org.Id, family, volunteer, store.Clock.Today));

        match.Errors.ShouldBeEmpty();
        var relationships = await RelationshipsAsync(store, org, family);
        var stored = relationships.Matches.ShouldHaveSingleItem();
        (stored.Id, stored.VolunteerId, stored.StartedOn, stored.EndedOn).ShouldBe((match.Value.Id, volunteer, store.Clock.Today, (DateOnly?)null));
        var decision = Decide(store, org, volunteer, relationships, store.Clock.Now);
        (decision.Allowed, decision.View).ShouldBe((true, FileView.Volunteer));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task MatchVolunteer_Coordinator_IsRefusedAndNotStored(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var (org, family) = await SeedAsync(store);
        var coordinator = await store.AddUserAsync(org, Role.Coordinator);

        var match = await Support(store, s => s.MatchVolunteerAsync(org.Id, family, coordinator, store.Clock.Today));

        AssertNotVolunteer(match);
        (await RelationshipsAsync(store, org, family)).Matches.ShouldBeEmpty();
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task MatchVolunteer_VolunteerOfAnotherOrganisation_IsRefusedAndNotStored(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var (org, family) = await SeedAsync(store);
        var outsider = await store.AddUserAsync(await store.CreateOrganisationAsync("Other Scheme"), Role.Volunteer);

        var match = await Support(store, s => s.MatchVolunteerAsync(org.Id, family, outsider, store.Clock.Today));

        AssertNotVolunteer(match);
        (await RelationshipsAsync(store, org, family)).Matches.ShouldBeEmpty();
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task MatchVolunteer_DisabledVolunteer_IsRefused(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var (org, family) = await SeedAsync(store);
        var email = $"leaver-{Guid.NewGuid():N}@example.org";
        var volunteer = await store.AddUserAsync(org, Role.Volunteer, email);
        await store.WithAsync<Data.Staff.StaffAccounts, Result<UserId>>(s => s.DisableAsync(email));

        var match = await Support(store, s => s.MatchVolunteerAsync(org.Id, family, volunteer, store.Clock.Today));

        AssertNotVolunteer(match);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task EndMatch_RelationshipsShowTheEndAndThePolicyRefusesTheVolunteerTheNextDay(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var (org, family) = await SeedAsync(store);
        var volunteer = await store.AddUserAsync(org, Role.Volunteer);
        var match = await Support(store, s => s.MatchVolunteerAsync(org.Id, family, volunteer, store.Clock.Today.AddDays(-60)));

        var ended = await Support(store, s => s.EndMatchAsync(org.Id, match.Value.Id, store.Clock.Today));

        ended.Errors.ShouldBeEmpty();
        var relationships = await RelationshipsAsync(store, org, family);
        relationships.Matches.Single().EndedOn.ShouldBe(store.Clock.Today);
        Decide(store, org, volunteer, relationships, store.Clock.Now).Allowed.ShouldBeTrue();
        var nextDay = Decide(store, org, volunteer, relationships, store.Clock.Now.AddDays(1));
        (nextDay.Allowed, nextDay.Rule).ShouldBe((false, "no-relationship"));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task EndMatch_BeforeItStarted_IsRefusedAndNotStored(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var (org, family) = await SeedAsync(store);
        var volunteer = await store.AddUserAsync(org, Role.Volunteer);
        var match = await Support(store, s => s.MatchVolunteerAsync(org.Id, family, volunteer, store.Clock.Today));

        var ended = await Support(store, s => s.EndMatchAsync(org.Id, match.Value.Id, store.Clock.Today.AddDays(-1)));

        ended.Errors.ShouldHaveSingleItem().Code.ShouldBe("before_start");
        (await RelationshipsAsync(store, org, family)).Matches.Single().EndedOn.ShouldBeNull();
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task EndMatch_FromAnotherOrganisation_IsNotFoundAndLeavesTheMatchRunning(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var (org, family) = await SeedAsync(store);
        var other = await store.CreateOrganisationAsync("Other Scheme");
        var volunteer = await store.AddUserAsync(org, Role.Volunteer);
        var match = await Support(store, s => s.MatchVolunteerAsync(org.Id, family, volunteer, store.Clock.Today));

        var ended = await Support(store, s => s.EndMatchAsync(other.Id, match.Value.Id, store.Clock.Today));

        (ended.Errors.ShouldHaveSingleItem().Field, ended.Errors[0].Code).ShouldBe(("matchId", "not_found"));
        (await RelationshipsAsync(store, org, family)).Matches.Single().EndedOn.ShouldBeNull();
    }

    private static void AssertNotVolunteer(Result<VolunteerMatch> match)
    {
        var error = match.Errors.ShouldHaveSingleItem();
        (error.Field, error.Code).ShouldBe(("volunteerId", "not_volunteer"));
        error.Message.ShouldContain("active volunteer of this organisation");
    }

    private static AccessDecision Decide(TestStore store, Organisation org, UserId volunteer, FileRelationships file, DateTimeOffset at) =>
        store.Services.GetRequiredService<IAccessPolicy>().Decide(
            new AccessRequest(new Actor(volunteer, org.Id, new HashSet<Role> { Role.Volunteer }), AccessAction.Read, file, at));

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task MatchVolunteer_AlreadyActivelyMatched_IsRefused(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var (org, family) = await SeedAsync(store);
        var volunteer = await store.AddUserAsync(org, Role.Volunteer);
        (await Support(store, s => s.MatchVolunteerAsync(org.Id, family, volunteer, store.Clock.Today))).Succeeded.ShouldBeTrue();

        var again = await Support(store, s => s.MatchVolunteerAsync(org.Id, family, volunteer, store.Clock.Today));

        again.Errors.Single().Code.ShouldBe("already_matched");
        (await RelationshipsAsync(store, org, family)).Matches.Count.ShouldBe(1);
    }

    private static async Task<(Organisation Org, FamilyId Family)> SeedAsync(TestStore store)
    {
        var org = await store.CreateOrganisationAsync();
        var opened = await FamilyRecordsTests.OpenAsync(store, org.Id, null, new FamilyBuilder().WithAdult().Build(), FamilyBuilder.Referral());
        return (org, opened.Family.Id);
    }

    private static Task<Result<T>> Support<T>(TestStore store, Func<SupportRecords, Task<Result<T>>> work) =>
        store.WithAsync(work);

    private static async Task<FamilyFile> FileAsync(TestStore store, Organisation org, FamilyId family) =>
        (await store.WithAsync<FamilyRecords, FamilyFile?>(r => r.GetAsync(org.Id, family))).ShouldNotBeNull();

    private static async Task<FileRelationships> RelationshipsAsync(TestStore store, Organisation org, FamilyId family) =>
        (await store.WithAsync<FamilyRecords, FileRelationships?>(r => r.GetRelationshipsAsync(org.Id, family))).ShouldNotBeNull();
}
