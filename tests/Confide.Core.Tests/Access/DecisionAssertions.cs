using Confide.Core.Access;
using Confide.Core.Staff;

namespace Confide.Core.Tests.Access;

internal static class DecisionAssertions
{
    public static void ShouldAllow(this AccessDecision decision, string rule, FileView view, AccessObligations obligations, Role? basis)
    {
        (decision.Allowed, decision.Rule, decision.View, decision.Obligations, decision.Basis).ShouldBe((true, rule, view, obligations, basis));
        (decision.ReasonRequired, decision.HideExistence).ShouldBe((false, false));
        decision.Explanation.ShouldNotBeNullOrWhiteSpace();
    }

    /// <summary>A refusal: nothing to see, no obligations, and a sentence saying why.</summary>
    public static void ShouldRefuse(this AccessDecision decision, string rule, bool hidden = false, bool reasonRequired = false)
    {
        (decision.Allowed, decision.Rule, decision.View, decision.Obligations).ShouldBe((false, rule, FileView.None, AccessObligations.None));
        (decision.HideExistence, decision.ReasonRequired).ShouldBe((hidden, reasonRequired));
        decision.Explanation.ShouldNotBeNullOrWhiteSpace();
    }
}
