using Confide.Core.Access;
using Confide.Core.Profiles;
using Confide.Core.Staff;
using Confide.Core.Tests.Profiles;
using static Confide.Core.Tests.Access.Scene;

namespace Confide.Core.Tests.Access;

/// <summary>Reasons before a file opens, as the shipped profiles ask them (LEI-16: everyone but paid staff; SUF-04: everyone).</summary>
public sealed class ReasonRequiredTests
{
    private static readonly AccessRules Leicestershire = ShippedProfiles.Load("leicestershire.yaml").Access;
    private static readonly AccessRules Suffolk = ShippedProfiles.Load("suffolk.yaml").Access;
    private static readonly AccessRules Wirral = ShippedProfiles.Load("wirral.yaml").Access;

    private static (Actor Volunteer, Actor Coordinator, FileRelationships File) Family()
    {
        var volunteer = new ActorBuilder(Role.Volunteer);
        var coordinator = new ActorBuilder(Role.Coordinator);
        return (volunteer, coordinator, new FamilyFileBuilder().AssignedTo(coordinator.Id).WithActiveMatch(volunteer.Id));
    }

    [Fact]
    public void Decide_LeicestershireVolunteerWithoutReason_AsksForOne() // LEI-16
    {
        var (volunteer, _, file) = Family();

        var decision = Decide(volunteer, AccessAction.Read, file, r => r with { Rules = Leicestershire });

        decision.ShouldRefuse("matched-volunteer", reasonRequired: true);
        decision.Basis.ShouldBe(Role.Volunteer);
        decision.Explanation.ShouldContain("give a reason");
    }

    [Fact]
    public void Decide_LeicestershireVolunteerWithReason_Reads()
    {
        var (volunteer, _, file) = Family();

        Decide(volunteer, AccessAction.Read, file, r => r with { Rules = Leicestershire, Reason = CaseWork })
            .ShouldAllow("matched-volunteer", FileView.Volunteer, AccessObligations.None, Role.Volunteer);
    }

    [Fact]
    public void Decide_LeicestershireCoordinatorWithoutReason_Reads() // LEI-16: paid staff are not prompted
    {
        var (_, coordinator, file) = Family();

        Decide(coordinator, AccessAction.Read, file, r => r with { Rules = Leicestershire })
            .ShouldAllow("assigned-coordinator", FileView.Full, AccessObligations.None, Role.Coordinator);
    }

    [Fact]
    public void Decide_LeicestershireTrusteeOnSpotCheckWithoutReason_AsksForOne()
    {
        var trustee = new ActorBuilder(Role.Trustee);
        var file = new FamilyFileBuilder().WithGrant(new GrantBuilder(GrantKind.TrusteeSpotCheck, trustee.Id));

        Decide(trustee, AccessAction.Read, file, r => r with { Rules = Leicestershire }).ShouldRefuse("trustee-spot-check", reasonRequired: true);
    }

    [Fact]
    public void Decide_SuffolkCoordinatorWithoutReason_AsksForOne() // SUF-04
    {
        var (_, coordinator, file) = Family();

        Decide(coordinator, AccessAction.Read, file, r => r with { Rules = Suffolk }).ShouldRefuse("assigned-coordinator", reasonRequired: true);
    }

    [Fact]
    public void Decide_SuffolkSafeguardingLeadWithoutReason_AsksForOne() =>
        Decide(new ActorBuilder(Role.SafeguardingLead), AccessAction.Read, new FamilyFileBuilder(), r => r with { Rules = Suffolk })
            .ShouldRefuse("safeguarding-lead", reasonRequired: true);

    [Fact]
    public void Decide_SuffolkSupervisorWithNoManagingRole_AsksForAReasonAllTheSame()
    {
        var coordinator = UserId.New();
        var chair = new ActorBuilder(Role.Trustee).Supervising(coordinator);

        Decide(chair, AccessAction.Read, new FamilyFileBuilder().AssignedTo(coordinator), r => r with { Rules = Suffolk })
            .ShouldRefuse("line-manager-supervision", reasonRequired: true);
    }

    [Fact]
    public void Decide_WirralSafeguardingLeadWithoutReason_Reads() =>
        Decide(new ActorBuilder(Role.SafeguardingLead), AccessAction.Read, new FamilyFileBuilder(), r => r with { Rules = Wirral })
            .Allowed.ShouldBeTrue();

    [Theory]
    [InlineData(AccessAction.Discover)]
    [InlineData(AccessAction.Write)]
    public void Decide_SuffolkDiscoveringOrWriting_NeverAsksForAReason(AccessAction action)
    {
        var (volunteer, coordinator, file) = Family();

        Decide(coordinator, action, file, r => r with { Rules = Suffolk }).Allowed.ShouldBeTrue();
        Decide(volunteer, action, file, r => r with { Rules = Suffolk }).Allowed.ShouldBeTrue();
    }

    [Fact]
    public void Decide_OtherPurposeWithoutWords_CountsAsNoReason()
    {
        var (_, coordinator, file) = Family();

        Decide(coordinator, AccessAction.Read, file, r => r with { Rules = Suffolk, Reason = new AccessReason(AccessPurpose.Other, null) })
            .ShouldRefuse("assigned-coordinator", reasonRequired: true);
    }

    [Fact]
    public void Decide_OtherPurposeWithWords_CountsAsAReason()
    {
        var (_, coordinator, file) = Family();

        Decide(coordinator, AccessAction.Read, file, r => r with { Rules = Suffolk, Reason = new AccessReason(AccessPurpose.Other, "Handover") })
            .Allowed.ShouldBeTrue();
    }

    [Fact]
    public void Decide_ReasonRequiredButRelationshipRefusesAnyway_GivesTheRefusalNotTheQuestion()
    {
        var (volunteer, _, file) = Family();

        Decide(volunteer, AccessAction.Export, file, r => r with { Rules = Suffolk }).ShouldRefuse("matched-volunteer");
    }

    [Fact]
    public void Decide_SuffolkOutsiderWithoutReason_IsRefusedNotAskedForAReason() =>
        Decide(new ActorBuilder(Role.Coordinator), AccessAction.Read, new FamilyFileBuilder(), r => r with { Rules = Suffolk })
            .ShouldRefuse("no-relationship");
}
