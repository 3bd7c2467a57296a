using Confide.Core.Access;
using Confide.Core.Staff;
using static Confide.Core.Tests.Access.Scene;

namespace Confide.Core.Tests.Access;

/// <summary>The matched volunteer: the volunteer view while the match is active, on the UTC day of the request.</summary>
public sealed class VolunteerRuleTests
{
    private static readonly DateOnly Start = new(2026, 3, 1);
    private static readonly DateOnly End = new(2026, 6, 30);

    private static (Actor Volunteer, FileRelationships File) Matched()
    {
        var volunteer = new ActorBuilder(Role.Volunteer);
        return (volunteer, new FamilyFileBuilder().AssignedTo(UserId.New()).WithMatch(volunteer.Id, Start, End));
    }

    private static DateTimeOffset Noon(DateOnly day) => new(day, new TimeOnly(12, 0), TimeSpan.Zero);

    [Theory]
    [InlineData(AccessAction.Read)]
    [InlineData(AccessAction.Write)]
    [InlineData(AccessAction.Discover)]
    public void Decide_MatchedVolunteer_GetsTheVolunteerView(AccessAction action)
    {
        var (volunteer, file) = Matched();

        Decide(volunteer, action, file).ShouldAllow("matched-volunteer", FileView.Volunteer, AccessObligations.None, Role.Volunteer);
    }

    [Theory]
    [InlineData("2026-03-01")]
    [InlineData("2026-06-30")]
    public void Decide_VolunteerOnTheFirstOrLastDayOfTheMatch_Reads(string day)
    {
        var (volunteer, file) = Matched();

        Decide(volunteer, AccessAction.Read, file, r => r with { At = Noon(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)) })
            .Allowed.ShouldBeTrue();
    }

    [Theory]
    [InlineData(AccessAction.Read)]
    [InlineData(AccessAction.Discover)]
    [InlineData(AccessAction.Write)]
    public void Decide_VolunteerAfterMatchEnded_Refuses(AccessAction action)
    {
        var (volunteer, file) = Matched();

        var decision = Decide(volunteer, action, file, r => r with { At = Noon(End.AddDays(1)) });

        decision.ShouldRefuse("no-relationship");
        decision.Explanation.ShouldContain("Their match with this family ended on 30 June 2026.");
    }

    [Fact]
    public void Decide_VolunteerBeforeMatchStarts_RefusesAndSaysWhenItStarts()
    {
        var (volunteer, file) = Matched();

        var decision = Decide(volunteer, AccessAction.Read, file, r => r with { At = Noon(Start.AddDays(-1)) });

        decision.ShouldRefuse("no-relationship");
        decision.Explanation.ShouldContain("starts on 1 March 2026");
    }

    [Fact]
    public void Decide_MatchedVolunteer_UsesTheUtcDayOfTheRequest()
    {
        var (volunteer, file) = Matched();
        var lastMinutesInUtc = new DateTimeOffset(2026, 7, 1, 1, 30, 0, TimeSpan.FromHours(2)); // 23:30 UTC on 30 June

        Decide(volunteer, AccessAction.Read, file, r => r with { At = lastMinutesInUtc }).Allowed.ShouldBeTrue();
    }

    [Theory]
    [InlineData(AccessAction.Export)]
    [InlineData(AccessAction.Share)]
    public void Decide_MatchedVolunteerExportingOrSharing_Refuses(AccessAction action)
    {
        var (volunteer, file) = Matched();

        Decide(volunteer, action, file).ShouldRefuse("matched-volunteer");
    }

    [Fact]
    public void Decide_VolunteerMatchedToAnotherFamily_Refuses() // SUF-02
    {
        var volunteer = new ActorBuilder(Role.Volunteer);

        Decide(volunteer, AccessAction.Read, new FamilyFileBuilder().WithActiveMatch(UserId.New())).ShouldRefuse("no-relationship");
    }

    [Fact]
    public void Decide_MatchedAccountWithoutTheVolunteerRole_Refuses()
    {
        var trustee = new ActorBuilder(Role.Trustee);

        Decide(trustee, AccessAction.Read, new FamilyFileBuilder().WithActiveMatch(trustee.Id)).ShouldRefuse("no-relationship");
    }
}
