using Confide.Core.Access;
using Confide.Core.Staff;
using static Confide.Core.Tests.Access.Scene;

namespace Confide.Core.Tests.Access;

/// <summary>Emergency access: a reason in words, read only, the safeguarding lead alerted, reviewed afterwards.</summary>
public sealed class BreakGlassTests
{
    private static readonly FileRelationships SomeoneElses = new FamilyFileBuilder().AssignedTo(UserId.New());

    [Theory]
    [InlineData(Role.Coordinator)]
    [InlineData(Role.SchemeManager)]
    [InlineData(Role.ChiefOfficer)]
    [InlineData(Role.OfficeManager)]
    public void Decide_StaffBreakingTheGlassWithAReason_ReadsWithAlertAndReview(Role role) =>
        Decide(new ActorBuilder(role), AccessAction.Read, SomeoneElses, r => r with { BreakGlass = true, Reason = Emergency })
            .ShouldAllow("break-glass", FileView.Full, AccessObligations.AlertSafeguardingLead | AccessObligations.ReviewAfterwards, role);

    [Fact]
    public void Decide_BreakingTheGlassWithoutAReason_AsksForOne() =>
        Decide(new ActorBuilder(Role.Coordinator), AccessAction.Read, SomeoneElses, r => r with { BreakGlass = true })
            .ShouldRefuse("break-glass", reasonRequired: true);

    [Fact]
    public void Decide_BreakingTheGlassWithAPurposeButNoWords_AsksForOne() =>
        Decide(new ActorBuilder(Role.Coordinator), AccessAction.Read, SomeoneElses,
                r => r with { BreakGlass = true, Reason = new AccessReason(AccessPurpose.Emergency, "  ") })
            .ShouldRefuse("break-glass", reasonRequired: true);

    [Theory]
    [InlineData(AccessAction.Write)]
    [InlineData(AccessAction.Discover)]
    [InlineData(AccessAction.Export)]
    public void Decide_BreakingTheGlassForMoreThanReading_Refuses(AccessAction action) =>
        Decide(new ActorBuilder(Role.SchemeManager), action, SomeoneElses, r => r with { BreakGlass = true, Reason = Emergency })
            .ShouldRefuse("break-glass");

    [Theory]
    [InlineData(Role.Volunteer)]
    [InlineData(Role.Trustee)]
    [InlineData(Role.ExternalAuditor)]
    [InlineData(Role.Contractor)]
    [InlineData(Role.Administrator)]
    public void Decide_RoleThatCannotBreakTheGlass_Refuses(Role role) =>
        Decide(new ActorBuilder(role), AccessAction.Read, SomeoneElses, r => r with { BreakGlass = true, Reason = Emergency })
            .ShouldRefuse("break-glass-not-available");

    [Fact]
    public void Decide_AssignedCoordinatorBreakingTheGlass_ReadsNormallyWithoutAlert()
    {
        var coordinator = new ActorBuilder(Role.Coordinator);

        Decide(coordinator, AccessAction.Read, new FamilyFileBuilder().AssignedTo(coordinator.Id), r => r with { BreakGlass = true, Reason = Emergency })
            .ShouldAllow("assigned-coordinator", FileView.Full, AccessObligations.None, Role.Coordinator);
    }

    [Fact]
    public void Decide_WithoutBreakingTheGlass_TheSameCoordinatorIsRefused() =>
        Decide(new ActorBuilder(Role.Coordinator), AccessAction.Read, SomeoneElses, r => r with { Reason = Emergency })
            .ShouldRefuse("no-relationship");

    [Fact]
    public void Decide_AuditorWhoIsAlsoACoordinatorWithoutPresence_CanBreakTheGlass()
    {
        var both = new ActorBuilder(Role.ExternalAuditor, Role.Coordinator);
        var file = new FamilyFileBuilder().WithGrant(new GrantBuilder(GrantKind.AuditorSample, both.Id));

        Decide(both, AccessAction.Read, file, r => r with { BreakGlass = true, Reason = Emergency })
            .ShouldAllow("break-glass", FileView.Full, AccessObligations.AlertSafeguardingLead | AccessObligations.ReviewAfterwards, Role.Coordinator);
    }
}
