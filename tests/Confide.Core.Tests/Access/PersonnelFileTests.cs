using Confide.Core.Access;
using Confide.Core.Profiles;
using Confide.Core.Staff;
using Confide.Core.Tests.Profiles;
using static Confide.Core.Tests.Access.Scene;

namespace Confide.Core.Tests.Access;

/// <summary>Personnel files: the person, their line manager, and the roles the profile names (CFS-07, WIR-29).</summary>
public sealed class PersonnelFileTests
{
    private static readonly AccessRules Cumbria = ShippedProfiles.Load("cumbria.yaml").Access;
    private static readonly AccessRules Suffolk = ShippedProfiles.Load("suffolk.yaml").Access;

    private static readonly UserId Subject = UserId.New();
    private static readonly UserId Manager = UserId.New();

    private static PersonnelFileFacts File(params UserId[] excluded) =>
        new(Subject, Org, Manager) { Excluded = new HashSet<UserId>(excluded) };

    private static AccessDecision Decide(Actor actor, AccessAction action, PersonnelFileFacts file, AccessRules? rules = null, AccessReason? reason = null) =>
        Policy.Decide(new PersonnelAccessRequest(actor, action, file, Now) { Rules = rules ?? Cumbria, Reason = reason });

    [Theory]
    [InlineData(AccessAction.Read)]
    [InlineData(AccessAction.Discover)]
    public void Decide_OwnRecord_Reads(AccessAction action) => // CFS-07: "their own is allowed"
        Decide(new ActorBuilder(Role.Volunteer).WithId(Subject), action, File())
            .ShouldAllow("own-record", FileView.Full, AccessObligations.None, basis: null);

    [Fact]
    public void Decide_OwnRecordUnderAProfileAskingEveryoneForAReason_NeedsNone() =>
        Decide(new ActorBuilder(Role.Coordinator).WithId(Subject), AccessAction.Read, File(), Suffolk).Allowed.ShouldBeTrue();

    [Fact]
    public void Decide_OwnRecordWriting_Refuses() =>
        Decide(new ActorBuilder(Role.Volunteer).WithId(Subject), AccessAction.Write, File()).ShouldRefuse("own-record");

    [Theory]
    [InlineData(AccessAction.Read)]
    [InlineData(AccessAction.Write)]
    [InlineData(AccessAction.Discover)]
    public void Decide_LineManager_ReadsAndWrites(AccessAction action) => // WIR-29
        Decide(new ActorBuilder(Role.SchemeManager).WithId(Manager), action, File())
            .ShouldAllow("line-manager", FileView.Full, AccessObligations.None, Role.SchemeManager);

    [Fact]
    public void Decide_LineManagerExporting_Refuses() =>
        Decide(new ActorBuilder(Role.SchemeManager).WithId(Manager), AccessAction.Export, File()).ShouldRefuse("line-manager");

    [Theory]
    [InlineData(Role.OfficeManager)]
    [InlineData(Role.ChiefOfficer)]
    public void Decide_CumbriaPersonnelRole_ReadsAnyRecord(Role role) => // CFS-07
        Decide(new ActorBuilder(role), AccessAction.Read, File()).ShouldAllow("personnel-role", FileView.Full, AccessObligations.None, role);

    [Theory]
    [InlineData(Role.Coordinator)]
    [InlineData(Role.SchemeManager)]
    [InlineData(Role.SafeguardingLead)]
    [InlineData(Role.Trustee)]
    public void Decide_CumbriaOtherRoles_Refuses(Role role) => // CFS-07
        Decide(new ActorBuilder(role), AccessAction.Read, File()).ShouldRefuse("no-relationship");

    [Fact]
    public void Decide_PeerCoordinator_Refuses() => // WIR-29
        Decide(new ActorBuilder(Role.Coordinator), AccessAction.Read, File(), ShippedProfiles.Load("wirral.yaml").Access)
            .ShouldRefuse("no-relationship");

    [Fact]
    public void Decide_SuffolkPersonnelRoleWithoutReason_AsksForOne() =>
        Decide(new ActorBuilder(Role.OfficeManager), AccessAction.Read, File(), Suffolk).ShouldRefuse("personnel-role", reasonRequired: true);

    [Fact]
    public void Decide_SuffolkLineManagerWithReason_Reads() =>
        Decide(new ActorBuilder(Role.SchemeManager).WithId(Manager), AccessAction.Read, File(), Suffolk, CaseWork).Allowed.ShouldBeTrue();

    [Fact]
    public void Decide_SuffolkPersonnelRoleDiscovering_NeedsNoReason() =>
        Decide(new ActorBuilder(Role.OfficeManager), AccessAction.Discover, File(), Suffolk).Allowed.ShouldBeTrue();

    [Fact]
    public void Decide_ExcludedOfficeManager_HidesTheRecord() // CFS-34
    {
        var officeManager = new ActorBuilder(Role.OfficeManager);

        Decide(officeManager, AccessAction.Read, File(officeManager.Id)).ShouldRefuse("conflict-of-interest", hidden: true);
    }

    [Fact]
    public void Decide_ExcludedLineManager_HidesTheRecord() =>
        Decide(new ActorBuilder(Role.SchemeManager).WithId(Manager), AccessAction.Read, File(Manager))
            .ShouldRefuse("conflict-of-interest", hidden: true);

    [Fact]
    public void Decide_OfficeManagerOfAnotherOrganisation_HidesTheRecord() =>
        Decide(new ActorBuilder(Role.OfficeManager).InOrganisation(OtherOrg), AccessAction.Read, File())
            .ShouldRefuse("organisation-boundary", hidden: true);

    [Fact]
    public void Decide_Administrator_NeverSeesPersonnelRecords() =>
        Decide(new ActorBuilder(Role.Administrator), AccessAction.Read, File()).ShouldRefuse("administrator-no-content");
}
