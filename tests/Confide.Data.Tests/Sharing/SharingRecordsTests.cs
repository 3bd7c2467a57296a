using System.Text;
using Confide.Core.Sharing;
using Confide.Core.Staff;
using Confide.Data.Records;
using Confide.Data.Storage;
using Confide.Data.Tests.Access;
using Confide.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Confide.Data.Tests.Sharing.SharingKit;

namespace Confide.Data.Tests.Sharing;

public sealed class SharingRecordsTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Save_SharedAndNotShared_BothAreInTheDisclosureLogWithTheItemsAsSentEncrypted(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var org = await store.CreateOrganisationAsync();
        var coordinator = await store.AddUserAsync(org, Role.Coordinator);
        var family = await AccessKit.OpenFamilyAsync(store, org, coordinator);
        var agency = await CheckedAgencyAsync(store, org, coordinator);
        var file = await FileAsync(store, org, family);
        var shared = Decide(store, org, file, agency, coordinator, TellingFamily.After);
        store.Clock.Now = store.Clock.Now.AddMinutes(5);
        var notShared = Decide(store, org, file, agency, coordinator, outcome: SharingOutcome.NotShared);

        await Decisions(store, r => r.SaveAsync(shared, FamilyInformedTask.For(shared)));
        await Decisions(store, r => r.SaveAsync(notShared, FamilyInformedTask.For(notShared)));

        var log = await Decisions(store, r => r.ListAsync(org.Id, family));
        log.Count.ShouldBe(2);
        log[0].ShouldBeEquivalentTo(notShared);
        log[1].ShouldBeEquivalentTo(shared);
        log[1].Items.Select(i => i.Text).ShouldBe([$"{file.Family.Address}, {file.Family.Postcode}", FileItems.From(file)[1].Text]);
        (await Decisions(store, r => r.GetAsync(org.Id, family, shared.Id)))!.Rationale.ShouldBe("The child's safety comes first.");
        (await CountsAsync(store)).ShouldBe((2, 4, 1));
        var raw = await store.WithAsync<ConfideDbContext, List<byte[]>>(db => db.SharedItems.Select(i => i.Text).ToListAsync());
        raw.ShouldAllBe(b => !Encoding.UTF8.GetString(b).Contains("Orchard", StringComparison.Ordinal));
        var recipient = await store.WithAsync<ConfideDbContext, byte[]>(db => db.SharingDecisions.Select(d => d.RecipientName).FirstAsync());
        Encoding.UTF8.GetString(recipient).ShouldNotContain("Priya");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Save_TaskTheDatabaseRefuses_WritesNeitherDecisionNorItemsNorTask(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var org = await store.CreateOrganisationAsync();
        var coordinator = await store.AddUserAsync(org, Role.Coordinator);
        var family = await AccessKit.OpenFamilyAsync(store, org, coordinator);
        var agency = await CheckedAgencyAsync(store, org, coordinator);
        var decision = Decide(store, org, await FileAsync(store, org, family), agency, coordinator);
        var broken = FamilyInformedTask.For(decision)! with { Status = InformedTaskStatus.Exempt };

        await Should.ThrowAsync<DbUpdateException>(() => Decisions(store, r => r.SaveAsync(decision, broken)));

        (await CountsAsync(store)).ShouldBe((0, 0, 0));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Tasks_OpenOnesAreOnTheAssignedCoordinatorsListUntilCompleted(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var org = await store.CreateOrganisationAsync();
        var (coordinator, colleague) = (await store.AddUserAsync(org, Role.Coordinator), await store.AddUserAsync(org, Role.Coordinator));
        var family = await AccessKit.OpenFamilyAsync(store, org, coordinator);
        var agency = await CheckedAgencyAsync(store, org, coordinator);
        var file = await FileAsync(store, org, family);
        var after = Decide(store, org, file, agency, coordinator, TellingFamily.After);
        var notTold = Decide(store, org, file, agency, coordinator, TellingFamily.NotTold);
        await Decisions(store, r => r.SaveAsync(after, FamilyInformedTask.For(after)));
        await Decisions(store, r => r.SaveAsync(notTold, FamilyInformedTask.For(notTold)));

        var due = await Decisions(store, r => r.DueTasksAsync(org.Id, coordinator));
        var task = due.ShouldHaveSingleItem().Task;
        task.DecisionId.ShouldBe(after.Id);
        due[0].FamilyReference.ShouldBe(file.Family.Reference);
        (await Decisions(store, r => r.DueTasksAsync(org.Id, colleague))).ShouldBeEmpty();
        var completed = task.Complete(store.Clock.Today, InformMethod.Phone, coordinator, store.Clock.Now).ShouldSucceed();
        (await Decisions(store, r => r.UpdateTaskAsync(completed))).ShouldSucceed();
        (await Decisions(store, r => r.UpdateTaskAsync(completed))).ShouldBeRefused("taskId", "task.already_completed");
        (await Decisions(store, r => r.DueTasksAsync(org.Id, coordinator))).ShouldBeEmpty();
        store.Clock.Now = store.Clock.Now.AddDays(14);
        (await Decisions(store, r => r.DueTasksAsync(org.Id, coordinator))).ShouldHaveSingleItem().Task.DecisionId.ShouldBe(notTold.Id);
        (await Decisions(store, r => r.FindTaskAsync(org.Id, task.Id)))!.Status.ShouldBe(InformedTaskStatus.Completed);
    }
}
