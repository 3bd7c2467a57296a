using Confide.Core.Access;
using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Staff;
using Confide.Data.Access;
using Confide.Data.Families;
using static Confide.Core.Staff.Role;
using static Confide.Web.Tests.Authorization.Relationship;
using Result = Confide.Core.Common.Result<Confide.Core.Access.AccessGrant>;

namespace Confide.Web.Tests.Authorization;

/// <summary>
/// Sets up relationships to files through the app's services, as <see cref="Relationship"/> describes, in one
/// organisation; <paramref name="staff"/> issues and revokes its grants, records undertakings and declares exclusions.
/// </summary>
internal sealed class AuthorizationRelationships(AuthorizationWorld world, OrganisationId org, UserId staff)
{
    public static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    /// <summary>The world's home organisation: every account of the family matrix and the personnel matrix, set up.</summary>
    public static async Task SetUpHomeAsync(AuthorizationWorld world)
    {
        var home = new AuthorizationRelationships(world, world.Home.Id, world.Person(SchemeManager, None));
        var (family, conflict) = (world.Family.Family.Id, world.ConflictFamily.Family.Id);
        var attester = world.Person(Coordinator, Assigned);

        await home.MatchAsync(family, world.Person(Volunteer, Matched));
        await home.MatchAsync(family, world.Person(Volunteer, MatchEnded), endedOn: Today.AddDays(-1));
        await home.MatchAsync(conflict, world.Person(Volunteer, Excluded));

        await home.LineManageAsync(world.Person(Coordinator, Assigned), world.Person(SchemeManager, Supervising));
        await home.LineManageAsync(world.Person(Volunteer, Matched), world.Person(Coordinator, Supervising));
        await home.LineManageAsync(world.Person(Volunteer, MatchEnded), world.Person(Coordinator, Supervising));
        await home.LineManageAsync(world.Person(Coordinator, Excluded), world.Person(SchemeManager, Excluded));

        await home.GrantAsync(GrantKind.TrusteeSpotCheck, world.Person(Trustee, SpotCheckGranted), family);
        await home.ExpiredGrantAsync(GrantKind.TrusteeSpotCheck, world.Person(Trustee, GrantExpired), family);
        await home.RevokeAsync(await home.GrantAsync(GrantKind.TrusteeSpotCheck, world.Person(Trustee, GrantRevoked), family));
        await home.GrantAsync(GrantKind.TrusteeSpotCheck, world.Person(Trustee, Excluded), conflict);

        // Everything else about a revoked or expired grant is in order, so the revocation or expiry alone is what refuses.
        await home.AttestPresenceAsync(await home.GrantAsync(GrantKind.AuditorSample, world.Person(ExternalAuditor, SampleWithCoordinatorPresent), family), attester);
        await home.GrantAsync(GrantKind.AuditorSample, world.Person(ExternalAuditor, SampleWithoutCoordinator), family);
        await home.ExpiredGrantAsync(GrantKind.AuditorSample, world.Person(ExternalAuditor, GrantExpired), family);
        var revoked = await home.GrantAsync(GrantKind.AuditorSample, world.Person(ExternalAuditor, GrantRevoked), family);
        await home.AttestPresenceAsync(revoked, attester);
        await home.RevokeAsync(revoked);
        await home.AttestPresenceAsync(await home.GrantAsync(GrantKind.AuditorSample, world.Person(ExternalAuditor, Excluded), conflict), attester);

        await home.UndertakingAsync(await home.GrantAsync(GrantKind.ContractorIncidental, world.Person(Contractor, GrantedWithUndertaking), family));
        await home.GrantAsync(GrantKind.ContractorIncidental, world.Person(Contractor, GrantedWithoutUndertaking), family);
        await home.UndertakingAsync(await home.ExpiredGrantAsync(GrantKind.ContractorIncidental, world.Person(Contractor, GrantExpired), family));
        revoked = await home.GrantAsync(GrantKind.ContractorIncidental, world.Person(Contractor, GrantRevoked), family);
        await home.UndertakingAsync(revoked);
        await home.RevokeAsync(revoked);
        await home.UndertakingAsync(await home.GrantAsync(GrantKind.ContractorIncidental, world.Person(Contractor, Excluded), conflict));

        foreach (var (role, _) in AuthorizationWorld.Keys.Where(k => k.Relationship == Excluded))
        {
            await home.ExcludeAsync(world.Person(role, Excluded), ExclusionTarget.Family(conflict));
        }

        // Personnel files (PersonnelMatrix): the chief officer has a conflict over the scheme manager's file, and the
        // coordinator who line-manages the matched volunteer one over that volunteer's file.
        await home.ExcludeAsync(world.Person(ChiefOfficer, None), ExclusionTarget.Personnel(world.Person(SchemeManager, Supervising)));
        await home.ExcludeAsync(world.Person(Coordinator, Supervising), ExclusionTarget.Personnel(world.Person(Volunteer, Matched)));
    }

    public async Task<MatchId> MatchAsync(FamilyId family, UserId volunteer, DateOnly? endedOn = null)
    {
        var match = await world.WithAsync<SupportRecords, Core.Common.Result<VolunteerMatch>>(s => s.MatchVolunteerAsync(org, family, volunteer, Today.AddDays(-30)));
        match.Errors.ShouldBeEmpty();
        if (endedOn is { } end)
        {
            await EndMatchAsync(match.Value.Id, end);
        }

        return match.Value.Id;
    }

    public Task EndMatchAsync(MatchId match, DateOnly endedOn) =>
        world.ExpectAsync(() => world.WithAsync<SupportRecords, Core.Common.Result<VolunteerMatch>>(s => s.EndMatchAsync(org, match, endedOn)));

    public Task LineManageAsync(UserId subject, UserId manager) =>
        world.ExpectAsync(() => world.WithAsync<LineManagement, Core.Common.Result<UserId>>(l => l.SetLineManagerAsync(org, subject, manager)));

    public Task<GrantId> GrantAsync(GrantKind kind, UserId grantee, FamilyId file) =>
        world.GrantAsync(org, staff, kind, grantee, file, Now.AddDays(-1), Now.AddDays(30));

    public Task<GrantId> ExpiredGrantAsync(GrantKind kind, UserId grantee, FamilyId file) =>
        world.GrantAsync(org, staff, kind, grantee, file, Now.AddDays(-20), Now.AddDays(-1));

    public Task RevokeAsync(GrantId grant) =>
        world.ExpectAsync(() => world.WithAsync<AccessGrants, Result>(g => g.RevokeAsync(org, grant, staff)));

    public Task AttestPresenceAsync(GrantId grant, UserId coordinator) =>
        world.ExpectAsync(() => world.WithAsync<AccessGrants, Result>(g => g.AttestPresenceAsync(org, grant, coordinator, AccessGrants.MaxSitting)));

    public Task UndertakingAsync(GrantId grant) =>
        world.ExpectAsync(() => world.WithAsync<AccessGrants, Result>(g => g.RecordUndertakingAsync(org, grant, staff)));

    public async Task<ExclusionId> ExcludeAsync(UserId person, ExclusionTarget target)
    {
        var declared = await world.WithAsync<ConflictExclusions, Core.Common.Result<ConflictExclusion>>(e => e.DeclareAsync(org, person, target, staff));
        declared.Errors.ShouldBeEmpty();
        return declared.Value.Id;
    }
}
