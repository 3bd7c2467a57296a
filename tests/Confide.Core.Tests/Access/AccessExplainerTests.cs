using Confide.Core.Access;
using Confide.Core.Profiles;
using Confide.Core.Staff;
using Confide.Core.Tests.Profiles;
using static Confide.Core.Tests.Access.Scene;

namespace Confide.Core.Tests.Access;

/// <summary>"Who can see this file?" and "why can X see this?", answered by the policy itself.</summary>
public sealed class AccessExplainerTests
{
    private static readonly AccessRules Leicestershire = ShippedProfiles.Load("leicestershire.yaml").Access;

    [Fact]
    public void WhoCanSee_NamesTheCoordinatorVolunteerAndLead_NotTheExcludedOrUnrelated()
    {
        var coordinator = new ActorBuilder(Role.Coordinator);
        var volunteer = new ActorBuilder(Role.Volunteer);
        var lead = new ActorBuilder(Role.SafeguardingLead);
        var excludedLead = new ActorBuilder(Role.SafeguardingLead);
        var trustee = new ActorBuilder(Role.Trustee);
        var administrator = new ActorBuilder(Role.Administrator);
        var file = new FamilyFileBuilder().AssignedTo(coordinator.Id).WithActiveMatch(volunteer.Id).Excluding(excludedLead.Id).Build();
        Actor[] everyone = [coordinator, volunteer, lead, excludedLead, trustee, administrator];

        var who = AccessExplainer.WhoCanSee(Policy, file, everyone, Leicestershire, Now);

        who.Select(e => (e.Actor.UserId, e.Decision.Rule, e.OnlyWithReason)).ShouldBe(
        [
            (coordinator.Id, "assigned-coordinator", false),
            (volunteer.Id, "matched-volunteer", true), // LEI-16: once they give a reason
            (lead.Id, "safeguarding-lead", false),
        ]);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(2026)]
    [InlineData(31_337)]
    public void WhoCanSee_IsExactlyThoseWhoseReadTheEngineAllows(int seed)
    {
        var scenes = new RandomAccessScenes(seed);
        for (var round = 0; round < 200; round++)
        {
            var at = scenes.At();
            var file = scenes.File(at);
            var rules = scenes.Rules();
            var crowd = Enumerable.Range(0, 12).Select(_ => scenes.Actor()).ToList();

            var who = AccessExplainer.WhoCanSee(Policy, file, crowd, rules, at);

            var expected = crowd.Where(actor => Policy.Decide(new AccessRequest(actor, AccessAction.Read, file, at)
            {
                Rules = rules,
                Reason = new AccessReason(AccessPurpose.CaseWork, "Any reason at all"),
            }).Allowed);
            who.Select(e => e.Actor).ShouldBe(expected, $"seed {seed}, round {round}");
            who.ShouldAllBe(e => e.Decision.Allowed && e.Decision.View != FileView.None);
        }
    }

    [Fact]
    public void WhyCan_VolunteerWhoMustGiveAReason_SaysYesOnceTheyDo()
    {
        var volunteer = new ActorBuilder(Role.Volunteer);
        var file = new FamilyFileBuilder().WithActiveMatch(volunteer.Id);

        var why = AccessExplainer.WhyCan(Policy, volunteer, file, Leicestershire, Now);

        (why.Allowed, why.OnlyWithReason).ShouldBe((true, true));
        why.WithoutReason.ShouldRefuse("matched-volunteer", reasonRequired: true);
        why.WithReason.ShouldAllow("matched-volunteer", FileView.Volunteer, AccessObligations.None, Role.Volunteer);
    }

    [Fact]
    public void WhyCan_CoordinatorWhoNeedsNoReason_SaysYes()
    {
        var coordinator = new ActorBuilder(Role.Coordinator);

        var why = AccessExplainer.WhyCan(Policy, coordinator, new FamilyFileBuilder().AssignedTo(coordinator.Id), Leicestershire, Now);

        (why.Allowed, why.OnlyWithReason, why.Decision.Rule).ShouldBe((true, false, "assigned-coordinator"));
    }

    [Fact]
    public void WhyCan_TrusteeWhoseGrantExpired_SaysNoAndWhy()
    {
        var trustee = new ActorBuilder(Role.Trustee);
        var file = new FamilyFileBuilder().WithGrant(new GrantBuilder(GrantKind.TrusteeSpotCheck, trustee.Id).Between(Now.AddDays(-9), Now.AddDays(-2)));

        var why = AccessExplainer.WhyCan(Policy, trustee, file, Leicestershire, Now);

        why.Allowed.ShouldBeFalse();
        why.Decision.Explanation.ShouldContain("expired");
    }

    [Fact]
    public void WhoCanSee_PersonnelFile_NamesThePersonTheirManagerAndThePersonnelRoles() // CFS-07
    {
        var subject = new ActorBuilder(Role.Volunteer);
        var manager = new ActorBuilder(Role.Coordinator);
        var officeManager = new ActorBuilder(Role.OfficeManager);
        var peer = new ActorBuilder(Role.Volunteer);
        var file = new PersonnelFileFacts(subject.Id, Org, manager.Id);
        Actor[] everyone = [subject, manager, officeManager, peer];

        var who = AccessExplainer.WhoCanSee(Policy, file, everyone, ShippedProfiles.Load("cumbria.yaml").Access, Now);

        who.Select(e => e.Decision.Rule).ShouldBe(["own-record", "line-manager", "personnel-role"]);
    }

    [Fact]
    public void WhyCan_PeerOnPersonnelFile_SaysNo()
    {
        var file = new PersonnelFileFacts(UserId.New(), Org, UserId.New());

        AccessExplainer.WhyCan(Policy, new ActorBuilder(Role.Coordinator), file, AccessDefaults.Rules, Now)
            .Decision.ShouldRefuse("no-relationship");
    }
}
