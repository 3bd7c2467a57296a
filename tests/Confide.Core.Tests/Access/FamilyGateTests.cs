using Confide.Core.Access;
using Confide.Core.Staff;
using static Confide.Core.Tests.Access.Scene;

namespace Confide.Core.Tests.Access;

/// <summary>The organisation boundary and conflict-of-interest exclusions: the file does not exist for the person.</summary>
public sealed class FamilyGateTests
{
    public static TheoryData<AccessAction> Actions => new(Enum.GetValues<AccessAction>());

    [Theory, MemberData(nameof(Actions))]
    public void Decide_AssignedCoordinatorOfAnotherOrganisation_HidesTheFile(AccessAction action)
    {
        var coordinator = new ActorBuilder(Role.Coordinator).InOrganisation(OtherOrg);
        var file = new FamilyFileBuilder().AssignedTo(coordinator.Id);

        Decide(coordinator, action, file).ShouldRefuse("organisation-boundary", hidden: true);
    }

    [Fact]
    public void Decide_SafeguardingLeadOfAnotherOrganisationBreakingTheGlass_HidesTheFile()
    {
        var lead = new ActorBuilder(Role.SafeguardingLead).InOrganisation(OtherOrg);

        Decide(lead, AccessAction.Read, new FamilyFileBuilder(), r => r with { BreakGlass = true, Reason = Emergency })
            .ShouldRefuse("organisation-boundary", hidden: true);
    }

    [Fact]
    public void Decide_OrganisationBoundary_IsExplainedInWordsAManagerCanRead() =>
        Decide(new ActorBuilder(Role.Coordinator).InOrganisation(OtherOrg), AccessAction.Read, new FamilyFileBuilder())
            .Explanation.ShouldBe("The file belongs to another organisation.");

    [Theory, MemberData(nameof(Actions))]
    public void Decide_ExcludedSafeguardingLead_HidesTheFile(AccessAction action) // CFS-36
    {
        var lead = new ActorBuilder(Role.SafeguardingLead);

        Decide(lead, action, new FamilyFileBuilder().Excluding(lead.Id)).ShouldRefuse("conflict-of-interest", hidden: true);
    }

    [Fact]
    public void Decide_ExcludedAssignedCoordinator_CannotEvenDiscoverTheFile()
    {
        var coordinator = new ActorBuilder(Role.Coordinator);
        var file = new FamilyFileBuilder().AssignedTo(coordinator.Id).Excluding(coordinator.Id);

        Decide(coordinator, AccessAction.Discover, file).ShouldRefuse("conflict-of-interest", hidden: true);
    }

    [Fact]
    public void Decide_ExcludedMatchedVolunteer_HidesTheFile()
    {
        var volunteer = new ActorBuilder(Role.Volunteer);
        var file = new FamilyFileBuilder().WithActiveMatch(volunteer.Id).Excluding(volunteer.Id);

        Decide(volunteer, AccessAction.Read, file).ShouldRefuse("conflict-of-interest", hidden: true);
    }

    [Fact]
    public void Decide_ExcludedChiefOfficerBreakingTheGlassWithAReason_StillHidesTheFile()
    {
        var chief = new ActorBuilder(Role.ChiefOfficer);

        Decide(chief, AccessAction.Read, new FamilyFileBuilder().Excluding(chief.Id), r => r with { BreakGlass = true, Reason = Emergency })
            .ShouldRefuse("conflict-of-interest", hidden: true);
    }

    [Fact]
    public void Decide_ExcludedTrusteeWithSpotCheckGrant_HidesTheFile()
    {
        var trustee = new ActorBuilder(Role.Trustee);
        var file = new FamilyFileBuilder().WithGrant(new GrantBuilder(GrantKind.TrusteeSpotCheck, trustee.Id)).Excluding(trustee.Id);

        Decide(trustee, AccessAction.Read, file).ShouldRefuse("conflict-of-interest", hidden: true);
    }

    [Fact]
    public void Decide_ExclusionOfSomeoneElse_DoesNotTouchTheAssignedCoordinator()
    {
        var coordinator = new ActorBuilder(Role.Coordinator);
        var file = new FamilyFileBuilder().AssignedTo(coordinator.Id).Excluding(UserId.New());

        Decide(coordinator, AccessAction.Read, file).Allowed.ShouldBeTrue();
    }

    [Fact]
    public void Decide_NoRelationship_IsA403NotAHiddenFile() // SUF-02, CFS-03
    {
        var coordinator = new ActorBuilder(Role.Coordinator);

        Decide(coordinator, AccessAction.Read, new FamilyFileBuilder().AssignedTo(UserId.New())).ShouldRefuse("no-relationship");
    }
}
