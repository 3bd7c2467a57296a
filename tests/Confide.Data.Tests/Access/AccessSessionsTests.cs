using Confide.Core.Access;
using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Staff;
using Confide.Data.Access;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;

namespace Confide.Data.Tests.Access;

public sealed class AccessSessionsTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Start_ReasonHoldsForThirtyMinutesThenMustBeGivenAgain(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var (org, trustee, family) = await SceneAsync(store);
        var opened = store.Clock.Now;

        var session = (await StartAsync(store, org, trustee, ResourceKinds.Family, family.Value, new AccessReason(AccessPurpose.SpotCheck, " Quarterly check "))).ShouldSucceed();

        (session.UserId, session.ResourceKind, session.ResourceId, session.Reason, session.BreakGlass, session.OpenedAt, session.ExpiresAt)
            .ShouldBe((trustee, ResourceKinds.Family, family.Value, new AccessReason(AccessPurpose.SpotCheck, "Quarterly check"), false, opened, opened.AddMinutes(30)));
        store.Clock.Now = opened.AddMinutes(29).AddSeconds(59);
        (await CurrentAsync(store, trustee, ResourceKinds.Family, family.Value)).ShouldBe(session);
        store.Clock.Now = opened.AddMinutes(30);
        (await CurrentAsync(store, trustee, ResourceKinds.Family, family.Value)).ShouldBeNull();
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Current_AnotherPersonOrAnotherFile_HasNoSession(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var (org, trustee, family) = await SceneAsync(store);
        var other = await store.AddUserAsync(org, Role.Trustee);
        (await StartAsync(store, org, trustee, ResourceKinds.Family, family.Value, new AccessReason(AccessPurpose.SpotCheck, null))).ShouldSucceed();

        (await CurrentAsync(store, other, ResourceKinds.Family, family.Value)).ShouldBeNull();
        (await CurrentAsync(store, trustee, ResourceKinds.Personnel, family.Value)).ShouldBeNull();
        (await CurrentAsync(store, trustee, ResourceKinds.Family, Guid.NewGuid())).ShouldBeNull();
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Start_AgainLater_TheNewestReasonIsTheCurrentOne(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var (org, trustee, family) = await SceneAsync(store);
        var opened = store.Clock.Now;
        (await StartAsync(store, org, trustee, ResourceKinds.Family, family.Value, new AccessReason(AccessPurpose.SpotCheck, null))).ShouldSucceed();
        store.Clock.Now = opened.AddMinutes(20);

        var emergency = (await StartAsync(store, org, trustee, ResourceKinds.Family, family.Value, new AccessReason(AccessPurpose.Emergency, "Child at risk tonight"), breakGlass: true)).ShouldSucceed();

        store.Clock.Now = opened.AddMinutes(45);
        var current = (await CurrentAsync(store, trustee, ResourceKinds.Family, family.Value)).ShouldNotBeNull();
        current.ShouldBe(emergency);
        current.BreakGlass.ShouldBeTrue();
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Start_PersonnelFile_IsRemembered(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var (org, _, _) = await SceneAsync(store);
        var (officer, volunteer) = (await store.AddUserAsync(org, Role.OfficeManager), await store.AddUserAsync(org, Role.Volunteer));

        var session = (await StartAsync(store, org, officer, ResourceKinds.Personnel, volunteer.Value, new AccessReason(AccessPurpose.Supervision, null))).ShouldSucceed();

        (await CurrentAsync(store, officer, ResourceKinds.Personnel, volunteer.Value)).ShouldBe(session);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Start_MissingOrOverlongDetailUnknownFileOrKind_IsRefusedAndWritesNothing(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var (org, trustee, family) = await SceneAsync(store);
        var other = await store.CreateOrganisationAsync("Other Scheme");
        var (outsideFamily, outsider) = (await AccessKit.OpenFamilyAsync(store, other), await store.AddUserAsync(other, Role.Trustee));
        var reason = new AccessReason(AccessPurpose.SpotCheck, null);

        (await StartAsync(store, org, trustee, ResourceKinds.Family, family.Value, new AccessReason(AccessPurpose.Emergency, "  "), breakGlass: true))
            .ShouldBeRefused("detail", "required").Message.ShouldContain("emergency");
        (await StartAsync(store, org, trustee, ResourceKinds.Family, family.Value, new AccessReason(AccessPurpose.Other, null))).ShouldBeRefused("detail", "required");
        (await StartAsync(store, org, trustee, ResourceKinds.Family, family.Value, new AccessReason(AccessPurpose.Other, new string('d', 201))))
            .ShouldBeRefused("detail", "too_long").Message.ShouldContain("200");
        (await StartAsync(store, org, trustee, ResourceKinds.Family, outsideFamily.Value, reason)).ShouldBeRefused("resourceId", "not_found");
        (await StartAsync(store, org, trustee, ResourceKinds.Personnel, outsider.Value, reason)).ShouldBeRefused("resourceId", "not_found");
        (await StartAsync(store, org, outsider, ResourceKinds.Family, family.Value, reason)).ShouldBeRefused("userId", "not_found");
        (await StartAsync(store, org, trustee, "notes", family.Value, reason)).ShouldBeRefused("resourceKind", "unknown_kind");
        (await StartAsync(store, org, trustee, ResourceKinds.Family, family.Value, new AccessReason((AccessPurpose)99, "x"))).ShouldBeRefused("purpose", "unknown");

        (await AccessRowCounts.ReadAsync(store)).Sessions.ShouldBe(0);
    }

    private static async Task<(Organisation Org, UserId Trustee, FamilyId Family)> SceneAsync(TestStore store)
    {
        var org = await store.CreateOrganisationAsync();
        return (org, await store.AddUserAsync(org, Role.Trustee), await AccessKit.OpenFamilyAsync(store, org));
    }

    private static Task<Result<AccessSession>> StartAsync(TestStore store, Organisation org, UserId user, string kind, Guid id, AccessReason reason, bool breakGlass = false) =>
        store.WithAsync<AccessSessions, Result<AccessSession>>(s => s.StartAsync(org.Id, user, kind, id, reason, breakGlass));

    private static Task<AccessSession?> CurrentAsync(TestStore store, UserId user, string kind, Guid id) =>
        store.WithAsync<AccessSessions, AccessSession?>(s => s.CurrentAsync(user, kind, id));
}
