using Confide.Core.Profiles;
using Confide.Core.Sharing;
using static Confide.Core.Tests.Sharing.SharingTestData;

namespace Confide.Core.Tests.Sharing;

public sealed class FamilyToldTests
{
    private static SharingDecisionDraft NotTold(string profile = "suffolk") =>
        Draft(profile) with { FamilyTold = TellingFamily.NotTold, ToldOn = null, ToldMethod = null, UninformedReason = UninformedReason.JeopardiseInvestigation, ReviewOn = Today.AddDays(28) };

    [Fact]
    public void Decide_NotToldWithAnAllowedReasonAndReviewDate_IsAllowedAndItsTaskIsClosedWithTheExemption()
    {
        var decision = SharingDecisionRules.Decide(NotTold(), Context()).Value;
        var task = FamilyInformedTask.For(decision)!;

        (decision.UninformedReason, decision.ReviewOn).ShouldBe((UninformedReason.JeopardiseInvestigation, Today.AddDays(28)));
        (task.Status, task.Exemption, task.ReviewOn).ShouldBe((InformedTaskStatus.Exempt, UninformedReason.JeopardiseInvestigation, Today.AddDays(28)));
        task.Due(Today).ShouldBeFalse();
        task.Due(Today.AddDays(28)).ShouldBeTrue();
    }

    [Theory]
    [InlineData("reason", "uninformedReason", "share.uninformed_reason_missing")]
    [InlineData("review date", "reviewOn", "share.review_date_missing")]
    [InlineData("review date today", "reviewOn", "share.review_date_not_future")]
    [InlineData("review date past", "reviewOn", "share.review_date_not_future")]
    [InlineData("reason the profile does not give", "uninformedReason", "share.uninformed_reason_not_allowed")]
    public void Decide_NotToldWithoutAnAllowedReasonOrAFutureReviewDate_IsRefused(string missing, string field, string code)
    {
        var draft = missing switch
        {
            "reason" => NotTold() with { UninformedReason = null },
            "review date" => NotTold() with { ReviewOn = null },
            "review date today" => NotTold() with { ReviewOn = Today },
            "review date past" => NotTold() with { ReviewOn = Today.AddDays(-1) },
            _ => NotTold() with { UninformedReason = UninformedReason.UnsafeOrImpractical },
        };

        var error = SharingDecisionRules.Decide(draft, Context()).Errors.ShouldHaveSingleItem();

        (error.Field, error.Code).ShouldBe((field, code));
    }

    [Theory]
    [InlineData("cumbria")]
    [InlineData("chs")]
    public void Decide_NotToldWhereThePolicyGivesNoReason_IsRefused(string profile)
    {
        var draft = NotTold(profile) with { UninformedReason = UninformedReason.RiskOfHarm, Exception = Rules(profile).LawfulExceptions[0] };

        SharingDecisionRules.Decide(draft, Context(profile)).Errors.ShouldHaveSingleItem().Code.ShouldBe("share.not_told_not_allowed");
    }

    [Fact]
    public void Decide_ToBeToldAfterwards_OpensATaskThatIsDueUntilCompleted()
    {
        var decision = SharingDecisionRules.Decide(Draft() with { FamilyTold = TellingFamily.After, ToldOn = null, ToldMethod = null }, Context()).Value;
        var task = FamilyInformedTask.For(decision)!;

        task.Status.ShouldBe(InformedTaskStatus.Open);
        task.Due(Today).ShouldBeTrue();
        var done = task.Complete(Today, InformMethod.Phone, Coordinator, Now).Value;
        (done.Status, done.ToldOn, done.Method, done.ClosedBy).ShouldBe((InformedTaskStatus.Completed, Today, InformMethod.Phone, Coordinator));
        done.Due(Today.AddYears(1)).ShouldBeFalse();
        done.Complete(Today, InformMethod.Phone, Coordinator, Now).Errors.ShouldHaveSingleItem().Code.ShouldBe("task.already_completed");
    }

    [Theory]
    [InlineData(null, InformMethod.Letter, "task.told_date_missing")]
    [InlineData(1, InformMethod.Letter, "task.told_date_future")]
    [InlineData(-1, InformMethod.Letter, "task.told_date_before_share")]
    [InlineData(0, null, "task.method_missing")]
    public void Complete_WithoutAPlausibleDateOrAMethod_IsRefused(int? daysFromToday, InformMethod? method, string code)
    {
        var task = FamilyInformedTask.For(SharingDecisionRules.Decide(Draft() with { FamilyTold = TellingFamily.After }, Context()).Value)!;

        var result = task.Complete(daysFromToday is { } d ? Today.AddDays(d) : null, method, Coordinator, Now);

        result.Errors.ShouldHaveSingleItem().Code.ShouldBe(code);
    }

    [Fact]
    public void CloseExempt_WithAnAllowedReasonOnly()
    {
        var task = FamilyInformedTask.For(SharingDecisionRules.Decide(Draft() with { FamilyTold = TellingFamily.After }, Context()).Value)!;

        task.CloseExempt(UninformedReason.RiskOfHarm, Today.AddDays(7), Rules("suffolk"), Coordinator, Now).Value.Status.ShouldBe(InformedTaskStatus.Exempt);
        task.CloseExempt(UninformedReason.UnsafeOrImpractical, Today.AddDays(7), Rules("suffolk"), Coordinator, Now).Errors.ShouldHaveSingleItem().Code.ShouldBe("task.exemption_not_allowed");
        task.CloseExempt(UninformedReason.RiskOfHarm, Today, Rules("suffolk"), Coordinator, Now).Errors.ShouldHaveSingleItem().Code.ShouldBe("task.review_date_not_future");
        task.CloseExempt(UninformedReason.RiskOfHarm, Today.AddDays(7), Rules("cumbria"), Coordinator, Now).Errors.ShouldHaveSingleItem().Code.ShouldBe("task.exemption_not_allowed");
    }
}
