using Confide.Core.Profiles;
using Confide.Core.Sharing;
using static Confide.Core.Profiles.LawfulException;
using static Confide.Core.Tests.Sharing.SharingTestData;

namespace Confide.Core.Tests.Sharing;

/// <summary>Every lawful exception against every shipped profile: allowed exactly where the policy allows it (CLAUSES.md, "Where the organisations differ").</summary>
public sealed class LawfulExceptionTableTests
{
    // Written out from the policies, not read from the profiles, so that a changed profile fails here.
    private static readonly Dictionary<string, LawfulException[]> Allowed = new()
    {
        ["suffolk"] = [ChildWelfare, VulnerableAdultWelfare],
        ["wirral"] = [ChildWelfare, VulnerableAdultWelfare, DisclosableOffence, Terrorism, CourtOrder, AskingEndangersChild, TransferPastSafeguarding],
        ["cumbria"] = [ChildWelfare, VulnerableAdultWelfare, SignificantHarmToChild, SeriousHarmToAdult, SeriousCrime, StatutoryDuty, CourtOrder],
        ["chs"] = [Emergency, PublicSafety, PolicePreventDetectCrime, ChildWelfare],
        ["leicestershire"] = [ChildWelfare, VulnerableAdultWelfare, SignificantHarmToChild, SeriousHarmToAdult, MultiAgencyUnsafeConsent],
    };

    public static TheoryData<string, LawfulException, bool> Table()
    {
        var data = new TheoryData<string, LawfulException, bool>();
        foreach (var (profile, allowed) in Allowed)
        {
            foreach (var exception in Enum.GetValues<LawfulException>())
            {
                data.Add(profile, exception, allowed.Contains(exception));
            }
        }

        return data;
    }

    [Theory, MemberData(nameof(Table))]
    public void Decide_ShareOnAnException_IsAllowedOnlyWhereTheProfileAllowsIt(string profile, LawfulException exception, bool allowed)
    {
        var result = SharingDecisionRules.Decide(Draft(profile) with { Exception = exception }, Context(profile));

        if (allowed)
        {
            result.Errors.ShouldBeEmpty();
            result.Value.Basis!.Exception.ShouldBe(exception);
        }
        else
        {
            var error = result.Errors.ShouldHaveSingleItem();
            (error.Field, error.Code).ShouldBe(("exception", "share.exception_not_allowed"));
            error.Message.ShouldContain(SharingLabels.Of(exception));
        }
    }

    [Fact]
    public void Table_CoversEveryExceptionForEveryShippedProfile() =>
        Table().Count().ShouldBe(5 * Enum.GetValues<LawfulException>().Length);
}
