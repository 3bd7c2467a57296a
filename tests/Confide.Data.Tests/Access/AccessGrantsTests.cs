using Confide.Core.Access;
using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Staff;
using Confide.Data.Access;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;

namespace Confide.Data.Tests.Access;

public sealed class AccessGrantsTests
{
    private const string Purpose = "Quarterly spot-check of closed files";

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Issue_TrusteeSpotCheck_IsListedWithItsFilesAndOnTheTrusteesCaseload(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var s = await Scene.CreateAsync(store);
        var now = store.Clock.Now;

        var grant = (await IssueAsync(store, s, new GrantRequest(GrantKind.TrusteeSpotCheck, s.Trustee, [s.Files[0], s.Files[1], s.Files[0]], now, now.AddDays(7), "  " + Purpose + " "))).ShouldSucceed();

        (grant.Kind, grant.GranteeId, grant.IssuedBy, grant.ValidFrom, grant.ValidUntil, grant.Purpose).ShouldBe((GrantKind.TrusteeSpotCheck, s.Trustee, s.Manager, now, now.AddDays(7), Purpose));
        (grant.RevokedAt, grant.Presence, grant.UndertakingSignedAt).ShouldBe((null, null, null));
        var listing = (await store.WithAsync<AccessGrants, IReadOnlyList<AccessGrants.Listing>>(g => g.ListAsync(s.Org.Id))).ShouldHaveSingleItem();
        listing.Grant.ShouldBe(grant);
        listing.Files.ShouldBe([s.Files[0], s.Files[1]], ignoreOrder: true);
        (await FilesGrantedToAsync(store, s, s.Trustee, now.AddHours(1))).ShouldBe([s.Files[0], s.Files[1]], ignoreOrder: true);
        (await AccessRowCounts.ReadAsync(store)).ShouldBe(new AccessRowCounts(1, 2, 0, 0, 0, 0, 0));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Issue_GranteeWithoutTheRoleTheKindNeeds_IsRefusedForEveryKind(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var s = await Scene.CreateAsync(store);
        var now = store.Clock.Now;
        var wrong = new Dictionary<GrantKind, (UserId Grantee, string Role)>
        {
            [GrantKind.TrusteeSpotCheck] = (s.Auditor, "trustee"),
            [GrantKind.AuditorSample] = (s.Contractor, "external_auditor"),
            [GrantKind.ContractorIncidental] = (s.Trustee, "contractor"),
        };

        foreach (var (kind, (grantee, role)) in wrong)
        {
            var error = (await IssueAsync(store, s, new GrantRequest(kind, grantee, [s.Files[0]], now, now.AddDays(1), Purpose))).ShouldBeRefused("granteeId", "wrong_role");
            error.Message.ShouldContain(role);
        }

        (await AccessRowCounts.ReadAsync(store)).ShouldBe(new AccessRowCounts(0, 0, 0, 0, 0, 0, 0));
        (await FilesGrantedToAsync(store, s, s.Auditor, now)).ShouldBeEmpty();
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Issue_BadRequests_AreRefusedWithTheFieldAtFaultAndWriteNothing(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var s = await Scene.CreateAsync(store);
        var now = store.Clock.Now;
        var other = await store.CreateOrganisationAsync("Other Scheme");
        var outsideFile = await AccessKit.OpenFamilyAsync(store, other);
        var outsideTrustee = await store.AddUserAsync(other, Role.Trustee);
        var disabledTrustee = await store.AddUserAsync(s.Org, Role.Trustee);
        await AccessKit.DisableAsync(store, disabledTrustee);
        var fiftyOne = Enumerable.Range(0, 51).Select(_ => FamilyId.New()).ToList();
        GrantRequest Spot(IReadOnlyList<FamilyId>? files = null, UserId? grantee = null, DateTimeOffset? until = null, string purpose = Purpose) =>
            new(GrantKind.TrusteeSpotCheck, grantee ?? s.Trustee, files ?? [s.Files[0]], now, until ?? now.AddDays(1), purpose);

        (await IssueAsync(store, s, Spot(files: []))).ShouldBeRefused("files", "required");
        (await IssueAsync(store, s, Spot(files: fiftyOne))).ShouldBeRefused("files", "too_many").Message.ShouldContain("at most 50");
        (await IssueAsync(store, s, Spot(files: [s.Files[0], outsideFile]))).ShouldBeRefused("files[1]", "not_found");
        (await IssueAsync(store, s, Spot(grantee: outsideTrustee))).ShouldBeRefused("granteeId", "not_found");
        (await IssueAsync(store, s, Spot(grantee: disabledTrustee))).ShouldBeRefused("granteeId", "disabled");
        (await IssueAsync(store, s, Spot(until: now))).ShouldBeRefused("validUntil", "before_start");
        (await IssueAsync(store, s, Spot(until: now.AddDays(90).AddSeconds(1)))).ShouldBeRefused("validUntil", "too_long").Message.ShouldContain("90 days");
        (await IssueAsync(store, s, Spot(purpose: " ab "))).ShouldBeRefused("purpose", "too_short");
        (await IssueAsync(store, s, Spot(purpose: new string('p', 201)))).ShouldBeRefused("purpose", "too_long").Message.ShouldContain("200");
        (await IssueAsync(store, s, Spot(), issuedBy: s.Trustee)).ShouldBeRefused("granteeId", "self");
        (await IssueAsync(store, s, Spot(), issuedBy: outsideTrustee)).ShouldBeRefused("issuedBy", "not_found");

        (await AccessRowCounts.ReadAsync(store)).ShouldBe(new AccessRowCounts(0, 0, 0, 0, 0, 0, 0));
        // The limits themselves are allowed.
        (await IssueAsync(store, s, Spot(until: now.AddDays(90), purpose: "abc"))).ShouldSucceed();
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task FilesGrantedTo_OnlyGrantsInForce_NotBeforeTheStartNorAfterTheEnd(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var s = await Scene.CreateAsync(store);
        var now = store.Clock.Now;
        (await IssueAsync(store, s, new GrantRequest(GrantKind.TrusteeSpotCheck, s.Trustee, [s.Files[0]], now.AddDays(1), now.AddDays(2), Purpose))).ShouldSucceed();
        (await IssueAsync(store, s, new GrantRequest(GrantKind.TrusteeSpotCheck, s.Trustee, [s.Files[1]], now, now.AddDays(3), Purpose))).ShouldSucceed();

        (await FilesGrantedToAsync(store, s, s.Trustee, now)).ShouldBe([s.Files[1]]);
        (await FilesGrantedToAsync(store, s, s.Trustee, now.AddDays(1))).ShouldBe([s.Files[0], s.Files[1]], ignoreOrder: true);
        (await FilesGrantedToAsync(store, s, s.Trustee, now.AddDays(2))).ShouldBe([s.Files[1]]);
        (await FilesGrantedToAsync(store, s, s.Trustee, now.AddDays(3))).ShouldBeEmpty();
        (await FilesGrantedToAsync(store, s, s.Auditor, now.AddDays(1))).ShouldBeEmpty();
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Revoke_EndsTheGrantAtOnce_AndAgainChangesNothing(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var s = await Scene.CreateAsync(store);
        var now = store.Clock.Now;
        var grant = (await IssueAsync(store, s, new GrantRequest(GrantKind.TrusteeSpotCheck, s.Trustee, [s.Files[0]], now, now.AddDays(7), Purpose))).ShouldSucceed();
        store.Clock.Now = now.AddHours(2);

        var revoked = (await store.WithAsync<AccessGrants, Result<AccessGrant>>(g => g.RevokeAsync(s.Org.Id, grant.Id, s.Manager))).ShouldSucceed();
        store.Clock.Now = now.AddHours(3);
        var again = (await store.WithAsync<AccessGrants, Result<AccessGrant>>(g => g.RevokeAsync(s.Org.Id, grant.Id, s.Manager))).ShouldSucceed();

        revoked.RevokedAt.ShouldBe(now.AddHours(2));
        again.RevokedAt.ShouldBe(now.AddHours(2));
        revoked.IsActiveAt(now.AddHours(1)).ShouldBeTrue();
        (await FilesGrantedToAsync(store, s, s.Trustee, now.AddHours(3))).ShouldBeEmpty();
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Revoke_GrantOfAnotherOrganisationOrUnknown_IsRefusedAndChangesNothing(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var s = await Scene.CreateAsync(store);
        var now = store.Clock.Now;
        var grant = (await IssueAsync(store, s, new GrantRequest(GrantKind.TrusteeSpotCheck, s.Trustee, [s.Files[0]], now, now.AddDays(7), Purpose))).ShouldSucceed();
        var other = await store.CreateOrganisationAsync("Other Scheme");
        var outsider = await store.AddUserAsync(other, Role.SchemeManager);

        (await store.WithAsync<AccessGrants, Result<AccessGrant>>(g => g.RevokeAsync(other.Id, grant.Id, outsider))).ShouldBeRefused("id", "not_found");
        (await store.WithAsync<AccessGrants, Result<AccessGrant>>(g => g.RevokeAsync(s.Org.Id, new GrantId(Guid.NewGuid()), s.Manager))).ShouldBeRefused("id", "not_found");
        (await store.WithAsync<AccessGrants, Result<AccessGrant>>(g => g.RevokeAsync(s.Org.Id, grant.Id, outsider))).ShouldBeRefused("revokedBy", "not_found");

        (await FilesGrantedToAsync(store, s, s.Trustee, now)).ShouldBe([s.Files[0]]);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task AttestPresence_CoordinatorForASitting_IsOnTheGrantFromNowForTheSitting(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var s = await Scene.CreateAsync(store);
        var now = store.Clock.Now;
        var grant = (await IssueAsync(store, s, new GrantRequest(GrantKind.AuditorSample, s.Auditor, [s.Files[0]], now, now.AddDays(14), "Annual external audit sample"))).ShouldSucceed();
        store.Clock.Now = now.AddDays(1);

        var attested = (await AttestAsync(store, s, grant.Id, s.Coordinator, TimeSpan.FromHours(8))).ShouldSucceed();

        attested.Presence.ShouldBe(new CoordinatorPresence(s.Coordinator, now.AddDays(1), now.AddDays(1).AddHours(8)));
        var listed = (await store.WithAsync<AccessGrants, IReadOnlyList<AccessGrants.Listing>>(g => g.ListAsync(s.Org.Id))).Single().Grant;
        listed.Presence.ShouldBe(attested.Presence);
        listed.Presence!.HoldsAt(now.AddDays(1).AddHours(8)).ShouldBeFalse();
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task AttestPresence_WrongRoleTooLongWrongKindOrNotInForce_IsRefusedAndChangesNothing(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var s = await Scene.CreateAsync(store);
        var now = store.Clock.Now;
        var sample = (await IssueAsync(store, s, new GrantRequest(GrantKind.AuditorSample, s.Auditor, [s.Files[0]], now, now.AddDays(14), "Annual external audit sample"))).ShouldSucceed();
        var spot = (await IssueAsync(store, s, new GrantRequest(GrantKind.TrusteeSpotCheck, s.Trustee, [s.Files[0]], now, now.AddDays(14), Purpose))).ShouldSucceed();
        var later = (await IssueAsync(store, s, new GrantRequest(GrantKind.AuditorSample, s.Auditor, [s.Files[0]], now.AddDays(1), now.AddDays(14), "Next week's sample"))).ShouldSucceed();

        (await AttestAsync(store, s, sample.Id, s.Manager, TimeSpan.FromHours(1))).ShouldBeRefused("coordinatorId", "wrong_role").Message.ShouldContain("coordinator");
        (await AttestAsync(store, s, sample.Id, s.Coordinator, TimeSpan.FromHours(8).Add(TimeSpan.FromMinutes(1)))).ShouldBeRefused("sitting", "too_long").Message.ShouldContain("8 hours");
        (await AttestAsync(store, s, sample.Id, s.Coordinator, TimeSpan.Zero)).ShouldBeRefused("sitting", "required");
        (await AttestAsync(store, s, spot.Id, s.Coordinator, TimeSpan.FromHours(1))).ShouldBeRefused("id", "wrong_kind");
        (await AttestAsync(store, s, later.Id, s.Coordinator, TimeSpan.FromHours(1))).ShouldBeRefused("id", "not_active");

        (await store.WithAsync<AccessGrants, IReadOnlyList<AccessGrants.Listing>>(g => g.ListAsync(s.Org.Id))).ShouldAllBe(l => l.Grant.Presence == null);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task RecordUndertaking_ContractorGrant_IsDatedAndKeptOnRecordingAgain(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var s = await Scene.CreateAsync(store);
        var now = store.Clock.Now;
        var grant = (await IssueAsync(store, s, new GrantRequest(GrantKind.ContractorIncidental, s.Contractor, [s.Files[0]], now, now.AddDays(1), "Server move; may see file lists"))).ShouldSucceed();
        var spot = (await IssueAsync(store, s, new GrantRequest(GrantKind.TrusteeSpotCheck, s.Trustee, [s.Files[0]], now, now.AddDays(1), Purpose))).ShouldSucceed();

        (await UndertakeAsync(store, s, spot.Id, s.Manager)).ShouldBeRefused("id", "wrong_kind");
        (await UndertakeAsync(store, s, grant.Id, s.Contractor)).ShouldBeRefused("recordedBy", "self");
        (await UndertakeAsync(store, s, grant.Id, s.Manager)).ShouldSucceed().UndertakingSignedAt.ShouldBe(now);
        store.Clock.Now = now.AddHours(1);
        (await UndertakeAsync(store, s, grant.Id, s.Manager)).ShouldSucceed().UndertakingSignedAt.ShouldBe(now);
    }

    private static Task<Result<AccessGrant>> IssueAsync(TestStore store, Scene s, GrantRequest request, UserId? issuedBy = null) =>
        store.WithAsync<AccessGrants, Result<AccessGrant>>(g => g.IssueAsync(s.Org.Id, request, issuedBy ?? s.Manager));

    private static Task<Result<AccessGrant>> AttestAsync(TestStore store, Scene s, GrantId id, UserId coordinator, TimeSpan sitting) =>
        store.WithAsync<AccessGrants, Result<AccessGrant>>(g => g.AttestPresenceAsync(s.Org.Id, id, coordinator, sitting));

    private static Task<Result<AccessGrant>> UndertakeAsync(TestStore store, Scene s, GrantId id, UserId by) =>
        store.WithAsync<AccessGrants, Result<AccessGrant>>(g => g.RecordUndertakingAsync(s.Org.Id, id, by));

    private static Task<IReadOnlyList<FamilyId>> FilesGrantedToAsync(TestStore store, Scene s, UserId grantee, DateTimeOffset at) =>
        store.WithAsync<AccessGrants, IReadOnlyList<FamilyId>>(g => g.FilesGrantedToAsync(s.Org.Id, grantee, at));

    /// <summary>An organisation with one person of each role a grant involves, and two family files.</summary>
    internal sealed record Scene(Organisation Org, UserId Manager, UserId Coordinator, UserId Trustee, UserId Auditor, UserId Contractor, IReadOnlyList<FamilyId> Files)
    {
        public static async Task<Scene> CreateAsync(TestStore store)
        {
            var org = await store.CreateOrganisationAsync();
            var coordinator = await store.AddUserAsync(org, Role.Coordinator);
            return new Scene(org, await store.AddUserAsync(org, Role.SchemeManager), coordinator, await store.AddUserAsync(org, Role.Trustee),
                await store.AddUserAsync(org, Role.ExternalAuditor), await store.AddUserAsync(org, Role.Contractor),
                [await AccessKit.OpenFamilyAsync(store, org, coordinator), await AccessKit.OpenFamilyAsync(store, org, coordinator)]);
        }
    }
}
