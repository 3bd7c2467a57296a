using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Core.Staff;
using Confide.Data.Families;
using Confide.Data.Records;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Data.Tests.Families;

public sealed class NoteRecordsTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Finalise_ThenEdit_IsRefusedAndTheStoredNoteIsUnchanged(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var (org, author, family) = await SeedAsync(store);
        var draft = await Notes(store, n => n.DraftAsync(org.Id, family, author, store.Clock.Today, "Visited; mum coping better."));
        store.Clock.Now = store.Clock.Now.AddHours(1);
        var finalised = await Notes(store, n => n.FinaliseAsync(org.Id, draft.Value.Id, author));
        var stored = await StoredAsync(store, draft.Value.Id);

        var edit = await Notes(store, n => n.ReviseAsync(org.Id, draft.Value.Id, author, "Changed after signing"));

        finalised.Value.Status.ShouldBe(NoteStatus.Finalised);
        finalised.Value.FinalisedAt.ShouldBe(store.Clock.Now);
        edit.Succeeded.ShouldBeFalse();
        edit.Errors.Single().Code.ShouldBe("note.finalised");
        edit.Errors.Single().Message.ShouldContain("Add an amendment");
        (await StoredAsync(store, draft.Value.Id)).ShouldBe(stored);
        var file = await store.WithAsync<FamilyRecords, FamilyFile?>(r => r.GetAsync(org.Id, family));
        file!.Notes.Single().Text.ShouldBe("Visited; mum coping better.");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Amend_FinalisedNote_AddsLinkedDraftAndKeepsTheOriginal(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var (org, author, family) = await SeedAsync(store);
        var original = await Notes(store, n => n.DraftAsync(org.Id, family, author, store.Clock.Today, "Visit on Tuesday."));
        await Notes(store, n => n.FinaliseAsync(org.Id, original.Value.Id, author));

        var amendment = await Notes(store, n => n.AmendAsync(org.Id, original.Value.Id, author, "Correction: the visit was on Wednesday."));

        amendment.Value.AmendsNoteId.ShouldBe(original.Value.Id);
        amendment.Value.Status.ShouldBe(NoteStatus.Draft);
        var file = await store.WithAsync<FamilyRecords, FamilyFile?>(r => r.GetAsync(org.Id, family));
        file!.Notes.Select(n => n.Text).ShouldBe(["Visit on Tuesday.", "Correction: the visit was on Wednesday."], ignoreOrder: true);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Draft_RevisedByAnotherUser_IsRefused(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var (org, author, family) = await SeedAsync(store);
        var draft = await Notes(store, n => n.DraftAsync(org.Id, family, author, store.Clock.Today, "Draft."));

        var result = await Notes(store, n => n.ReviseAsync(org.Id, draft.Value.Id, UserId.New(), "Someone else's words"));

        result.Errors.Single().Code.ShouldBe("note.not_author");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Database_RefusesDirectUpdateOfFinalisedNote(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var (org, author, family) = await SeedAsync(store);
        var draft = await Notes(store, n => n.DraftAsync(org.Id, family, author, store.Clock.Today, "Signed words."));
        await Notes(store, n => n.FinaliseAsync(org.Id, draft.Value.Id, author));
        await using var scope = store.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfideDbContext>();

        var ex = await Should.ThrowAsync<Exception>(() =>
            db.Notes.Where(n => n.Id == draft.Value.Id.Value).ExecuteUpdateAsync(s => s.SetProperty(n => n.Text, new byte[] { 1, 2, 3 })));

        ex.Message.ShouldContain("finalised note cannot be changed");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Draft_ForFamilyOfAnotherOrganisation_IsNotFound(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var (_, author, family) = await SeedAsync(store);
        var other = await store.CreateOrganisationAsync("Elsewhere");

        var result = await Notes(store, n => n.DraftAsync(other.Id, family, author, store.Clock.Today, "Should not land."));

        result.Errors.Single().Code.ShouldBe("not_found");
        (await RowCounts.ReadAsync(store)).Notes.ShouldBe(0);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Draft_OverlongText_IsRefusedAndWritesNothing(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var (org, author, family) = await SeedAsync(store);

        var result = await Notes(store, n => n.DraftAsync(org.Id, family, author, store.Clock.Today, new string('x', FieldLimits.NoteText + 1)));

        result.Errors.Single().Code.ShouldBe("too_long");
        (await RowCounts.ReadAsync(store)).Notes.ShouldBe(0);
    }

    private static Task<Result<Note>> Notes(TestStore store, Func<NoteRecords, Task<Result<Note>>> work) => store.WithAsync(work);

    private static async Task<byte[]> StoredAsync(TestStore store, NoteId id)
    {
        await using var scope = store.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ConfideDbContext>().Notes.AsNoTracking().SingleAsync(n => n.Id == id.Value)).Text;
    }

    private static async Task<(Core.Organisations.Organisation Org, UserId Author, FamilyId Family)> SeedAsync(TestStore store)
    {
        var org = await store.CreateOrganisationAsync();
        var coordinator = await store.AddUserAsync(org, Role.Coordinator);
        var file = await FamilyRecordsTests.OpenAsync(store, org.Id, coordinator, new FamilyBuilder().Build(), FamilyBuilder.Referral());
        return (org, coordinator, file.Family.Id);
    }
}
