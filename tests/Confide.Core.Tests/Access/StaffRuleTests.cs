using Confide.Core.Access;
using Confide.Core.Staff;
using static Confide.Core.Tests.Access.Scene;

namespace Confide.Core.Tests.Access;

/// <summary>Assigned coordinator, safeguarding lead, line-manager supervision, administrators.</summary>
public sealed class StaffRuleTests
{
    [Theory]
    [InlineData(AccessAction.Read)]
    [InlineData(AccessAction.Write)]
    [InlineData(AccessAction.Discover)]
    public void Decide_AssignedCoordinator_SeesTheWholeFileUnmasked(AccessAction action)
    {
        var coordinator = new ActorBuilder(Role.Coordinator);

        Decide(coordinator, action, new FamilyFileBuilder().AssignedTo(coordinator.Id))
            .ShouldAllow("assigned-coordinator", FileView.Full, AccessObligations.None, Role.Coordinator);
    }

    [Theory]
    [InlineData(AccessAction.Export)]
    [InlineData(AccessAction.Share)]
    public void Decide_AssignedCoordinatorExportingOrSharing_NeedsASharingDecision(AccessAction action)
    {
        var coordinator = new ActorBuilder(Role.Coordinator);

        Decide(coordinator, action, new FamilyFileBuilder().AssignedTo(coordinator.Id)).ShouldRefuse("sharing-decision-required");
    }

    [Fact]
    public void Decide_CoordinatorNotAssigned_Refuses() => // CFS-03
        Decide(new ActorBuilder(Role.Coordinator), AccessAction.Read, new FamilyFileBuilder().AssignedTo(UserId.New()))
            .ShouldRefuse("no-relationship");

    [Fact]
    public void Decide_AssignedAccountWithoutTheCoordinatorRole_Refuses()
    {
        var volunteer = new ActorBuilder(Role.Volunteer);

        Decide(volunteer, AccessAction.Read, new FamilyFileBuilder().AssignedTo(volunteer.Id)).ShouldRefuse("no-relationship");
    }

    [Theory]
    [InlineData(AccessAction.Read)]
    [InlineData(AccessAction.Write)]
    [InlineData(AccessAction.Discover)]
    public void Decide_SafeguardingLead_SeesAnyFamilyUnmasked(AccessAction action) =>
        Decide(new ActorBuilder(Role.SafeguardingLead), action, new FamilyFileBuilder().AssignedTo(UserId.New()))
            .ShouldAllow("safeguarding-lead", FileView.Full, AccessObligations.None, Role.SafeguardingLead);

    [Fact]
    public void Decide_SafeguardingLeadExporting_NeedsASharingDecision() =>
        Decide(new ActorBuilder(Role.SafeguardingLead), AccessAction.Export, new FamilyFileBuilder())
            .ShouldRefuse("sharing-decision-required");

    [Theory]
    [InlineData(AccessAction.Read)]
    [InlineData(AccessAction.Discover)]
    public void Decide_ManagerOfTheAssignedCoordinator_ReadsMasked(AccessAction action) // WIR-19
    {
        var coordinator = UserId.New();
        var manager = new ActorBuilder(Role.SchemeManager).Supervising(coordinator);

        Decide(manager, action, new FamilyFileBuilder().AssignedTo(coordinator))
            .ShouldAllow("line-manager-supervision", FileView.Full, AccessObligations.MaskSpecialCategory, Role.SchemeManager);
    }

    [Theory]
    [InlineData(AccessAction.Write)]
    [InlineData(AccessAction.Export)]
    [InlineData(AccessAction.Share)]
    public void Decide_ManagerOfTheAssignedCoordinatorChangingTheFile_Refuses(AccessAction action)
    {
        var coordinator = UserId.New();
        var manager = new ActorBuilder(Role.SchemeManager).Supervising(coordinator);

        var decision = Decide(manager, action, new FamilyFileBuilder().AssignedTo(coordinator));

        decision.ShouldRefuse("line-manager-supervision");
        decision.Explanation.ShouldContain("read the file, not change");
    }

    [Fact]
    public void Decide_ManagerFromAnotherTeam_Refuses() // WIR-19
    {
        var manager = new ActorBuilder(Role.SchemeManager).Supervising(UserId.New());

        Decide(manager, AccessAction.Read, new FamilyFileBuilder().AssignedTo(UserId.New())).ShouldRefuse("no-relationship");
    }

    [Fact]
    public void Decide_CoordinatorSupervisingAMatchedVolunteer_ReadsMaskedOnCoordinatorBasis() // WIR-19, LEI-01
    {
        var volunteer = UserId.New();
        var coordinator = new ActorBuilder(Role.Coordinator).Supervising(volunteer);

        Decide(coordinator, AccessAction.Read, new FamilyFileBuilder().AssignedTo(UserId.New()).WithActiveMatch(volunteer))
            .ShouldAllow("line-manager-supervision", FileView.Full, AccessObligations.MaskSpecialCategory, Role.Coordinator);
    }

    [Fact]
    public void Decide_CoordinatorSupervisingAVolunteerWhoseMatchEnded_Refuses()
    {
        var volunteer = UserId.New();
        var coordinator = new ActorBuilder(Role.Coordinator).Supervising(volunteer);
        var file = new FamilyFileBuilder().AssignedTo(UserId.New()).WithMatch(volunteer, Today.AddMonths(-6), Today.AddDays(-1));

        Decide(coordinator, AccessAction.Read, file).ShouldRefuse("no-relationship");
    }

    [Fact]
    public void Decide_SupervisorHoldingNoManagingRole_StillSupervisesWithNoBasis()
    {
        var coordinator = UserId.New();
        var chair = new ActorBuilder(Role.Trustee).Supervising(coordinator);

        Decide(chair, AccessAction.Read, new FamilyFileBuilder().AssignedTo(coordinator))
            .ShouldAllow("line-manager-supervision", FileView.Full, AccessObligations.MaskSpecialCategory, basis: null);
    }

    [Fact]
    public void Decide_ChiefOfficerSupervisingTheAssignedCoordinator_RestsOnChiefOfficer()
    {
        var coordinator = UserId.New();
        var chief = new ActorBuilder(Role.ChiefOfficer, Role.Coordinator).Supervising(coordinator);

        Decide(chief, AccessAction.Read, new FamilyFileBuilder().AssignedTo(coordinator)).Basis.ShouldBe(Role.ChiefOfficer);
    }

    [Fact]
    public void Decide_SupervisorWhoIsAlsoTheMatchedVolunteer_CanWriteTheirOwnNotes()
    {
        var coordinator = UserId.New();
        var both = new ActorBuilder(Role.SchemeManager, Role.Volunteer).Supervising(coordinator);
        var file = new FamilyFileBuilder().AssignedTo(coordinator).WithActiveMatch(both.Id);

        Decide(both, AccessAction.Write, file).ShouldAllow("matched-volunteer", FileView.Volunteer, AccessObligations.None, Role.Volunteer);
    }

    [Theory]
    [InlineData(AccessAction.Read)]
    [InlineData(AccessAction.Discover)]
    [InlineData(AccessAction.Export)]
    public void Decide_Administrator_NeverSeesContent(AccessAction action) =>
        Decide(new ActorBuilder(Role.Administrator), action, new FamilyFileBuilder()).ShouldRefuse("administrator-no-content");

    [Fact]
    public void Decide_AdministratorWhoIsAlsoAnUnassignedCoordinator_Refuses() =>
        Decide(new ActorBuilder(Role.Administrator, Role.Coordinator), AccessAction.Read, new FamilyFileBuilder().AssignedTo(UserId.New()))
            .ShouldRefuse("administrator-no-content");

    [Fact]
    public void Decide_AdministratorWhoIsTheAssignedCoordinator_ReadsAsCoordinator()
    {
        var both = new ActorBuilder(Role.Administrator, Role.Coordinator);

        Decide(both, AccessAction.Read, new FamilyFileBuilder().AssignedTo(both.Id))
            .ShouldAllow("assigned-coordinator", FileView.Full, AccessObligations.None, Role.Coordinator);
    }

    [Theory]
    [InlineData(Role.SchemeManager)]
    [InlineData(Role.ChiefOfficer)]
    [InlineData(Role.OfficeManager)]
    [InlineData(Role.Trustee)]
    [InlineData(Role.ExternalAuditor)]
    [InlineData(Role.Contractor)]
    public void Decide_RoleWithoutARelationship_Refuses(Role role) =>
        Decide(new ActorBuilder(role), AccessAction.Discover, new FamilyFileBuilder().AssignedTo(UserId.New())).ShouldRefuse("no-relationship");

    [Fact]
    public void Decide_NoRoles_Refuses() =>
        Decide(new ActorBuilder(), AccessAction.Read, new FamilyFileBuilder()).ShouldRefuse("no-relationship");
}
