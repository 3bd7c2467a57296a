using Confide.Core.Access;
using Confide.Core.Families;
using Confide.Core.Staff;
using Confide.Data.Access;
using Confide.Data.Families;
using static Confide.Core.Staff.Role;
using static Confide.Web.Tests.Authorization.Relationship;
using Result = Confide.Core.Common.Result<Confide.Core.Access.AccessGrant>;

namespace Confide.Web.Tests.Authorization;

/// <summary>Sets up each account's relationship to the files, through the app's services, as <see cref="Relationship"/> describes.</summary>
internal sealed class AuthorizationRelationships(AuthorizationWorld world)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    public async Task SetUpAsync()
    {
        var (family, conflict) = (world.Family.Family.Id, world.ConflictFamily.Family.Id);

        await MatchAsync(family, world.Person(Volunteer, Matched));
        await MatchAsync(family, world.Person(Volunteer, MatchEnded), endedOn: Today.AddDays(-1));
        await MatchAsync(conflict, world.Person(Volunteer, Excluded));

        await LineManageAsync(world.Person(Coordinator, Assigned), world.Person(SchemeManager, Supervising));
        await LineManageAsync(world.Person(Volunteer, Matched), world.Person(Coordinator, Supervising));
        await LineManageAsync(world.Person(Volunteer, MatchEnded), world.Person(Coordinator, Supervising));
        await LineManageAsync(world.Person(Coordinator, Excluded), world.Person(SchemeManager, Excluded));

        await ActiveGrantAsync(GrantKind.TrusteeSpotCheck, world.Person(Trustee, SpotCheckGranted), family);
        await ExpiredGrantAsync(GrantKind.TrusteeSpotCheck, world.Person(Trustee, GrantExpired), family);
        await RevokedGrantAsync(GrantKind.TrusteeSpotCheck, world.Person(Trustee, GrantRevoked), family);
        await ActiveGrantAsync(GrantKind.TrusteeSpotCheck, world.Person(Trustee, Excluded), conflict);

        await AttestPresenceAsync(await ActiveGrantAsync(GrantKind.AuditorSample, world.Person(ExternalAuditor, SampleWithCoordinatorPresent), family));
        await ActiveGrantAsync(GrantKind.AuditorSample, world.Person(ExternalAuditor, SampleWithoutCoordinator), family);
        await ExpiredGrantAsync(GrantKind.AuditorSample, world.Person(ExternalAuditor, GrantExpired), family);
        await RevokedGrantAsync(GrantKind.AuditorSample, world.Person(ExternalAuditor, GrantRevoked), family, present: true);
        await AttestPresenceAsync(await ActiveGrantAsync(GrantKind.AuditorSample, world.Person(ExternalAuditor, Excluded), conflict));

        await UndertakingAsync(await ActiveGrantAsync(GrantKind.ContractorIncidental, world.Person(Contractor, GrantedWithUndertaking), family));
        await ActiveGrantAsync(GrantKind.ContractorIncidental, world.Person(Contractor, GrantedWithoutUndertaking), family);
        await UndertakingAsync(await ExpiredGrantAsync(GrantKind.ContractorIncidental, world.Person(Contractor, GrantExpired), family));
        await RevokedGrantAsync(GrantKind.ContractorIncidental, world.Person(Contractor, GrantRevoked), family, undertaking: true);
        await UndertakingAsync(await ActiveGrantAsync(GrantKind.ContractorIncidental, world.Person(Contractor, Excluded), conflict));

        foreach (var (role, _) in AuthorizationWorld.Keys.Where(k => k.Relationship == Excluded))
        {
            await ExcludeAsync(world.Person(role, Excluded), ExclusionTarget.Family(conflict));
        }

        // Personnel files (PersonnelMatrix): the chief officer has a conflict over the scheme manager's file, and the
        // coordinator who line-manages the matched volunteer one over that volunteer's file.
        await ExcludeAsync(world.Person(ChiefOfficer, None), ExclusionTarget.Personnel(world.Person(SchemeManager, Supervising)));
        await ExcludeAsync(world.Person(Coordinator, Supervising), ExclusionTarget.Personnel(world.Person(Volunteer, Matched)));
    }

    private async Task MatchAsync(FamilyId family, UserId volunteer, DateOnly? endedOn = null)
    {
        var match = await world.WithAsync<SupportRecords, Core.Common.Result<VolunteerMatch>>(s =>
            s.MatchVolunteerAsync(world.Home.Id, family, volunteer, Today.AddDays(-30)));
        match.Errors.ShouldBeEmpty();
        if (endedOn is { } end)
        {
            await world.ExpectAsync(() => world.WithAsync<SupportRecords, Core.Common.Result<VolunteerMatch>>(s => s.EndMatchAsync(world.Home.Id, match.Value.Id, end)));
        }
    }

    private Task LineManageAsync(UserId subject, UserId manager) =>
        world.ExpectAsync(() => world.WithAsync<LineManagement, Core.Common.Result<UserId>>(l => l.SetLineManagerAsync(world.Home.Id, subject, manager)));

    private Task<GrantId> ActiveGrantAsync(GrantKind kind, UserId grantee, FamilyId file) =>
        world.GrantAsync(kind, grantee, file, Now.AddDays(-1), Now.AddDays(30));

    private Task<GrantId> ExpiredGrantAsync(GrantKind kind, UserId grantee, FamilyId file) =>
        world.GrantAsync(kind, grantee, file, Now.AddDays(-20), Now.AddDays(-1));

    // Everything else about the grant is in order, so the revocation alone is what refuses.
    private async Task RevokedGrantAsync(GrantKind kind, UserId grantee, FamilyId file, bool present = false, bool undertaking = false)
    {
        var grant = await ActiveGrantAsync(kind, grantee, file);
        if (present)
        {
            await AttestPresenceAsync(grant);
        }

        if (undertaking)
        {
            await UndertakingAsync(grant);
        }

        await world.ExpectAsync(() => world.WithAsync<AccessGrants, Result>(g => g.RevokeAsync(world.Home.Id, grant, world.Person(SchemeManager, None))));
    }

    private Task AttestPresenceAsync(GrantId grant) =>
        world.ExpectAsync(() => world.WithAsync<AccessGrants, Result>(g =>
            g.AttestPresenceAsync(world.Home.Id, grant, world.Person(Coordinator, Assigned), AccessGrants.MaxSitting)));

    private Task UndertakingAsync(GrantId grant) =>
        world.ExpectAsync(() => world.WithAsync<AccessGrants, Result>(g => g.RecordUndertakingAsync(world.Home.Id, grant, world.Person(OfficeManager, None))));

    private Task ExcludeAsync(UserId person, ExclusionTarget target) =>
        world.ExpectAsync(() => world.WithAsync<ConflictExclusions, Core.Common.Result<ConflictExclusion>>(e =>
            e.DeclareAsync(world.Home.Id, person, target, world.Person(Administrator, None))));
}
