using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Staff;
using Confide.Data.Access;
using Confide.Data.Records;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Confide.Data.Tests.Access;

public sealed class BreakGlassTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Record_OpensAReviewAndAlertsEverySafeguardingLeadAndNoOneElse(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var s = await Scene.CreateAsync(store);

        var review = (await RecordAsync(store, s, s.Coordinator, s.Family)).ShouldSucceed();

        review.ShouldBe(new BreakGlassReview(review.Id, s.Coordinator, s.Family, store.Clock.Now, null, null, null));
        (await OpenAsync(store, s)).ShouldBe([review]);
        foreach (var lead in new[] { s.Lead, s.SecondLead })
        {
            var alert = (await AlertsForAsync(store, lead)).ShouldHaveSingleItem();
            (alert.RecipientId, alert.Kind, alert.ResourceKind, alert.ResourceId, alert.CreatedAt, alert.Unread)
                .ShouldBe((lead, Alerts.BreakGlassKind, Alerts.BreakGlassReviewResource, review.Id.Value, store.Clock.Now, true));
        }

        foreach (var nobody in new[] { s.DisabledLead, s.OutsideLead, s.Coordinator, s.Manager })
        {
            (await AlertsForAsync(store, nobody)).ShouldBeEmpty();
        }

        (await AccessRowCounts.ReadAsync(store)).ShouldBe(new AccessRowCounts(0, 0, 0, 0, 1, 2, 0));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Record_FamilyOfAnotherOrganisationOrUnknownPerson_IsRefusedAndWritesNothing(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var s = await Scene.CreateAsync(store);
        var outsideFamily = await AccessKit.OpenFamilyAsync(store, s.Other);

        (await RecordAsync(store, s, s.Coordinator, outsideFamily)).ShouldBeRefused("familyId", "not_found");
        (await RecordAsync(store, s, s.Coordinator, FamilyId.New())).ShouldBeRefused("familyId", "not_found");
        (await RecordAsync(store, s, s.OutsideLead, s.Family)).ShouldBeRefused("userId", "not_found");
        (await RecordAsync(store, s, s.DisabledLead, s.Family)).ShouldBeRefused("userId", "disabled");

        (await AccessRowCounts.ReadAsync(store)).ShouldBe(new AccessRowCounts(0, 0, 0, 0, 0, 0, 0));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task CompleteReview_BySomeoneElse_RecordsTheOutcomeAndClosesIt(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var s = await Scene.CreateAsync(store);
        var review = (await RecordAsync(store, s, s.Coordinator, s.Family)).ShouldSucceed();
        var opened = store.Clock.Now;
        store.Clock.Now = opened.AddDays(1);

        var done = (await CompleteAsync(store, s, review.Id, s.Lead, BreakGlassOutcome.NotJustified)).ShouldSucceed();

        done.ShouldBe(review with { ReviewedBy = s.Lead, ReviewedAt = opened.AddDays(1), Outcome = BreakGlassOutcome.NotJustified });
        done.IsOpen.ShouldBeFalse();
        (await OpenAsync(store, s)).ShouldBeEmpty();
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task CompleteReview_ByThePersonWhoBrokeTheGlass_IsRefusedAndLeavesItOpen(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var s = await Scene.CreateAsync(store);
        var review = (await RecordAsync(store, s, s.Lead, s.Family)).ShouldSucceed();

        (await CompleteAsync(store, s, review.Id, s.Lead, BreakGlassOutcome.Justified)).ShouldBeRefused("reviewedBy", "own_access").Message.ShouldContain("own emergency access");

        (await OpenAsync(store, s)).ShouldBe([review]);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task CompleteReview_TwiceOtherOrganisationOrUnknown_IsRefusedAndKeepsTheFirstOutcome(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var s = await Scene.CreateAsync(store);
        var review = (await RecordAsync(store, s, s.Coordinator, s.Family)).ShouldSucceed();
        var first = (await CompleteAsync(store, s, review.Id, s.Lead, BreakGlassOutcome.Justified)).ShouldSucceed();

        (await CompleteAsync(store, s, review.Id, s.SecondLead, BreakGlassOutcome.NotJustified)).ShouldBeRefused("id", "already_reviewed");
        (await store.WithAsync<BreakGlass, Result<BreakGlassReview>>(b => b.CompleteReviewAsync(s.Other.Id, review.Id, s.OutsideLead, BreakGlassOutcome.NotJustified)))
            .ShouldBeRefused("id", "not_found");
        (await CompleteAsync(store, s, new BreakGlassReviewId(Guid.NewGuid()), s.Lead, BreakGlassOutcome.Justified)).ShouldBeRefused("id", "not_found");

        first.Outcome.ShouldBe(BreakGlassOutcome.Justified);
        var stored = await store.WithAsync<ConfideDbContext, BreakGlassReviewRow>(db => db.BreakGlassReviews.SingleAsync());
        (stored.Outcome, stored.ReviewedBy).ShouldBe(("justified", s.Lead.Value));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task OpenReviews_AreThisOrganisationsOnly_OldestFirst(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var s = await Scene.CreateAsync(store);
        var first = (await RecordAsync(store, s, s.Coordinator, s.Family)).ShouldSucceed();
        store.Clock.Now = store.Clock.Now.AddMinutes(5);
        var second = (await RecordAsync(store, s, s.Manager, s.Family)).ShouldSucceed();
        var (outsider, outsideFamily) = (await store.AddUserAsync(s.Other, Role.Coordinator), await AccessKit.OpenFamilyAsync(store, s.Other));
        (await store.WithAsync<BreakGlass, Result<BreakGlassReview>>(b => b.RecordAsync(s.Other.Id, outsider, outsideFamily))).ShouldSucceed();

        (await OpenAsync(store, s)).ShouldBe([first, second]);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task MarkRead_ByTheRecipient_IsRead_ByAnyoneElse_IsFalseAndChangesNothing(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var s = await Scene.CreateAsync(store);
        (await RecordAsync(store, s, s.Coordinator, s.Family)).ShouldSucceed();
        var alert = (await AlertsForAsync(store, s.Lead)).Single();
        store.Clock.Now = store.Clock.Now.AddMinutes(3);

        (await store.WithAsync<Alerts, bool>(a => a.MarkReadAsync(s.SecondLead, alert.Id))).ShouldBeFalse();
        (await store.WithAsync<Alerts, bool>(a => a.MarkReadAsync(s.Lead, new AlertId(Guid.NewGuid())))).ShouldBeFalse();
        (await AlertsForAsync(store, s.Lead)).Single().Unread.ShouldBeTrue();
        (await store.WithAsync<Alerts, bool>(a => a.MarkReadAsync(s.Lead, alert.Id))).ShouldBeTrue();

        (await AlertsForAsync(store, s.Lead)).Single().ReadAt.ShouldBe(store.Clock.Now);
        (await AlertsForAsync(store, s.SecondLead)).Single().Unread.ShouldBeTrue();
    }

    private static Task<Result<BreakGlassReview>> RecordAsync(TestStore store, Scene s, UserId user, FamilyId family) =>
        store.WithAsync<BreakGlass, Result<BreakGlassReview>>(b => b.RecordAsync(s.Org.Id, user, family));

    private static Task<Result<BreakGlassReview>> CompleteAsync(TestStore store, Scene s, BreakGlassReviewId id, UserId reviewer, BreakGlassOutcome outcome) =>
        store.WithAsync<BreakGlass, Result<BreakGlassReview>>(b => b.CompleteReviewAsync(s.Org.Id, id, reviewer, outcome));

    private static Task<IReadOnlyList<BreakGlassReview>> OpenAsync(TestStore store, Scene s) =>
        store.WithAsync<BreakGlass, IReadOnlyList<BreakGlassReview>>(b => b.OpenReviewsAsync(s.Org.Id));

    private static Task<IReadOnlyList<Alert>> AlertsForAsync(TestStore store, UserId recipient) =>
        store.WithAsync<Alerts, IReadOnlyList<Alert>>(a => a.ForAsync(recipient));

    /// <summary>Two enabled safeguarding leads, a disabled one, one in another organisation, a coordinator and a manager.</summary>
    private sealed record Scene(Organisation Org, Organisation Other, UserId Lead, UserId SecondLead, UserId DisabledLead, UserId OutsideLead, UserId Coordinator, UserId Manager, FamilyId Family)
    {
        public static async Task<Scene> CreateAsync(TestStore store)
        {
            var (org, other) = (await store.CreateOrganisationAsync(), await store.CreateOrganisationAsync("Other Scheme"));
            var disabled = await store.AddUserAsync(org, Role.SafeguardingLead);
            await AccessKit.DisableAsync(store, disabled);
            var coordinator = await store.AddUserAsync(org, Role.Coordinator);
            return new Scene(org, other, await store.AddUserAsync(org, Role.SafeguardingLead), await store.AddUserAsync(org, Role.SafeguardingLead), disabled,
                await store.AddUserAsync(other, Role.SafeguardingLead), coordinator, await store.AddUserAsync(org, Role.SchemeManager),
                await AccessKit.OpenFamilyAsync(store, org, coordinator));
        }
    }
}
