using Confide.Core.Access;
using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Staff;

namespace Confide.Core.Tests.Access;

public sealed class RelationshipAccessPolicyTests
{
    private static readonly OrganisationId Org = OrganisationId.New();
    private static readonly OrganisationId OtherOrg = OrganisationId.New();
    private static readonly UserId Coordinator = UserId.New();
    private static readonly UserId Volunteer = UserId.New();
    private static readonly UserId PastVolunteer = UserId.New();
    private static readonly FamilyId Family = FamilyId.New();

    // The volunteer is matched from 1 March to 30 June 2026 inclusive; a past volunteer's match ended in 2025.
    private static readonly FileRelationships File = new(Family, Org, Coordinator,
    [
        new VolunteerMatch(MatchId.New(), Family, PastVolunteer, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)),
        new VolunteerMatch(MatchId.New(), Family, Volunteer, new DateOnly(2026, 3, 1), new DateOnly(2026, 6, 30)),
    ]);

    private static readonly Dictionary<string, Actor> Actors = new()
    {
        ["assigned coordinator"] = new(Coordinator, Org, new HashSet<Role> { Role.Coordinator }),
        ["coordinator not assigned"] = new(UserId.New(), Org, new HashSet<Role> { Role.Coordinator }),
        ["assigned user without coordinator role"] = new(Coordinator, Org, new HashSet<Role> { Role.Volunteer }),
        ["matched volunteer"] = new(Volunteer, Org, new HashSet<Role> { Role.Volunteer }),
        ["past volunteer"] = new(PastVolunteer, Org, new HashSet<Role> { Role.Volunteer }),
        ["unmatched volunteer"] = new(UserId.New(), Org, new HashSet<Role> { Role.Volunteer }),
        ["administrator"] = new(UserId.New(), Org, new HashSet<Role> { Role.Administrator }),
        ["administrator and coordinator not assigned"] = new(UserId.New(), Org, new HashSet<Role> { Role.Administrator, Role.Coordinator }),
        ["other org, assigned coordinator"] = new(Coordinator, OtherOrg, new HashSet<Role> { Role.Coordinator }),
        ["other org, matched volunteer"] = new(Volunteer, OtherOrg, new HashSet<Role> { Role.Volunteer }),
        ["other org, administrator"] = new(UserId.New(), OtherOrg, new HashSet<Role> { Role.Administrator }),
        ["trustee"] = new(UserId.New(), Org, new HashSet<Role> { Role.Trustee }),
        ["safeguarding lead"] = new(UserId.New(), Org, new HashSet<Role> { Role.SafeguardingLead }),
        ["scheme manager"] = new(UserId.New(), Org, new HashSet<Role> { Role.SchemeManager }),
        ["no roles"] = new(UserId.New(), Org, new HashSet<Role>()),
    };

    private const string During = "2026-04-15";

    public static TheoryData<string, AccessAction, string, bool, string, FileView> Cases => new()
    {
        { "assigned coordinator", AccessAction.Read, During, true, "assigned-coordinator", FileView.Full },
        { "assigned coordinator", AccessAction.Write, During, true, "assigned-coordinator", FileView.Full },
        { "assigned coordinator", AccessAction.Discover, During, true, "assigned-coordinator", FileView.Full },
        { "assigned coordinator", AccessAction.Export, During, false, "not-yet-supported", FileView.None },
        { "assigned coordinator", AccessAction.Share, During, false, "not-yet-supported", FileView.None },
        { "coordinator not assigned", AccessAction.Read, During, false, "no-relationship", FileView.None },
        { "coordinator not assigned", AccessAction.Discover, During, false, "no-relationship", FileView.None },
        { "assigned user without coordinator role", AccessAction.Read, During, false, "no-relationship", FileView.None },

        { "matched volunteer", AccessAction.Read, During, true, "matched-volunteer", FileView.Volunteer },
        { "matched volunteer", AccessAction.Write, During, true, "matched-volunteer", FileView.Volunteer },
        { "matched volunteer", AccessAction.Discover, During, true, "matched-volunteer", FileView.Volunteer },
        { "matched volunteer", AccessAction.Read, "2026-03-01", true, "matched-volunteer", FileView.Volunteer },
        { "matched volunteer", AccessAction.Read, "2026-06-30", true, "matched-volunteer", FileView.Volunteer },
        { "matched volunteer", AccessAction.Read, "2026-02-28", false, "no-relationship", FileView.None },
        { "matched volunteer", AccessAction.Discover, "2026-02-28", false, "no-relationship", FileView.None },
        { "matched volunteer", AccessAction.Read, "2026-07-01", false, "no-relationship", FileView.None },
        { "matched volunteer", AccessAction.Discover, "2026-07-01", false, "no-relationship", FileView.None },
        { "matched volunteer", AccessAction.Export, During, false, "matched-volunteer", FileView.None },
        { "matched volunteer", AccessAction.Share, During, false, "matched-volunteer", FileView.None },
        { "past volunteer", AccessAction.Read, During, false, "no-relationship", FileView.None },
        { "unmatched volunteer", AccessAction.Read, During, false, "no-relationship", FileView.None },

        { "administrator", AccessAction.Read, During, false, "administrator-no-content", FileView.None },
        { "administrator", AccessAction.Discover, During, false, "administrator-no-content", FileView.None },
        { "administrator", AccessAction.Export, During, false, "administrator-no-content", FileView.None },
        { "administrator and coordinator not assigned", AccessAction.Read, During, false, "administrator-no-content", FileView.None },

        { "other org, assigned coordinator", AccessAction.Read, During, false, "organisation-boundary", FileView.None },
        { "other org, assigned coordinator", AccessAction.Discover, During, false, "organisation-boundary", FileView.None },
        { "other org, matched volunteer", AccessAction.Read, During, false, "organisation-boundary", FileView.None },
        { "other org, administrator", AccessAction.Read, During, false, "organisation-boundary", FileView.None },

        { "trustee", AccessAction.Read, During, false, "no-relationship", FileView.None },
        { "trustee", AccessAction.Discover, During, false, "no-relationship", FileView.None },
        { "safeguarding lead", AccessAction.Read, During, false, "no-relationship", FileView.None },
        { "safeguarding lead", AccessAction.Discover, During, false, "no-relationship", FileView.None },
        { "scheme manager", AccessAction.Read, During, false, "no-relationship", FileView.None },
        { "scheme manager", AccessAction.Discover, During, false, "no-relationship", FileView.None },
        { "no roles", AccessAction.Read, During, false, "no-relationship", FileView.None },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Decide_GivesTheExpectedAnswerAndRule(string actor, AccessAction action, string on, bool allowed, string rule, FileView view)
    {
        var at = new DateTimeOffset(DateOnly.ParseExact(on, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), new TimeOnly(12, 0), TimeSpan.Zero);

        var decision = new RelationshipAccessPolicy().Decide(new AccessRequest(Actors[actor], action, File, at));

        (decision.Allowed, decision.Rule, decision.View).ShouldBe((allowed, rule, view));
        decision.Explanation.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Decide_OrganisationBoundary_IsExplainedInWordsAManagerCanRead()
    {
        var decision = new RelationshipAccessPolicy().Decide(
            new AccessRequest(Actors["other org, assigned coordinator"], AccessAction.Read, File, DateTimeOffset.UnixEpoch));

        decision.Explanation.ShouldBe("The file belongs to another organisation.");
    }

    [Fact]
    public void Decide_MatchedVolunteer_UsesTheUtcDayOfTheRequest()
    {
        // 23:30 on the last day in UTC, expressed in a zone where it is already the next day.
        var lastMinutes = new DateTimeOffset(2026, 7, 1, 1, 30, 0, TimeSpan.FromHours(2));

        var decision = new RelationshipAccessPolicy().Decide(new AccessRequest(Actors["matched volunteer"], AccessAction.Read, File, lastMinutes));

        decision.Allowed.ShouldBeTrue();
    }
}
