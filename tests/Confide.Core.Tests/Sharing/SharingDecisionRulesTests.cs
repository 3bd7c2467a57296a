using Confide.Core.Profiles;
using Confide.Core.Sharing;
using static Confide.Core.Tests.Sharing.SharingTestData;

namespace Confide.Core.Tests.Sharing;

public sealed class SharingDecisionRulesTests
{
    private delegate (SharingDecisionDraft, SharingContext) Change(SharingDecisionDraft draft, SharingContext context);

    private static readonly Dictionary<string, (Change Change, string Field, string Code)> Missing = new()
    {
        ["outcome"] = ((d, c) => (d with { Outcome = null }, c), "outcome", "share.outcome_missing"),
        ["purpose"] = ((d, c) => (d with { Purpose = null }, c), "purpose", "share.purpose_missing"),
        ["agency"] = ((d, c) => (d with { AgencyId = null }, c), "agencyId", "share.agency_missing"),
        ["agency not on the register"] = ((d, c) => (d, c with { Agency = null }), "agencyId", "share.agency_unregistered"),
        ["agency retired"] = ((d, c) => (d, c with { Agency = CheckedAgency with { RetiredOn = Today } }), "agencyId", "share.agency_unregistered"),
        ["agency of another id"] = ((d, c) => (d with { AgencyId = Guid.NewGuid() }, c), "agencyId", "share.agency_unregistered"),
        ["agency arrangements unchecked"] = ((d, c) => (d, c with { Agency = CheckedAgency with { DataProtectionCheckedOn = null } }), "agencyId", "share.agency_unchecked"),
        ["recipient"] = ((d, c) => (d with { RecipientName = "  " }, c), "recipientName", "share.recipient_missing"),
        ["items"] = ((d, c) => (d with { ItemRefs = [] }, c), "items", "share.items_missing"),
        ["item not on the file"] = ((d, c) => (d with { ItemRefs = ["family:address", "whole-file"] }, c), "items", "share.item_unknown"),
        ["basis"] = ((d, c) => (d with { BasisKind = null }, c), "basis", "share.basis_missing"),
        ["basis of another kind"] = ((d, c) => (d with { BasisKind = "because" }, c), "basis", "share.basis_invalid"),
        ["exception"] = ((d, c) => (d with { Exception = null }, c), "exception", "share.exception_missing"),
        ["exception justification"] = ((d, c) => (d with { ExceptionJustification = "" }, c), "exceptionJustification", "share.justification_missing"),
        ["rationale"] = ((d, c) => (d with { Rationale = null }, c), "rationale", "share.rationale_missing"),
        ["accuracy checked"] = ((d, c) => (d with { AccuracyChecked = false }, c), "accuracyChecked", "share.accuracy_unchecked"),
        ["family told"] = ((d, c) => (d with { FamilyTold = null }, c), "familyTold", "share.family_told_missing"),
        ["date told"] = ((d, c) => (d with { ToldOn = null }, c), "toldOn", "share.told_date_missing"),
        ["date told in the future"] = ((d, c) => (d with { ToldOn = Today.AddDays(1) }, c), "toldOn", "share.told_date_future"),
        ["how told"] = ((d, c) => (d with { ToldMethod = null }, c), "toldMethod", "share.told_method_missing"),
        ["channel"] = ((d, c) => (d with { Channel = null }, c), "channel", "share.channel_missing"),
        ["risk assessment of a phone call"] = ((d, c) => (d with { Channel = ShareChannel.Phone }, c), "channelRiskAssessment", "share.channel_risk_missing"),
        ["risk assessment of a letter"] = ((d, c) => (d with { Channel = ShareChannel.Post, ChannelRiskAssessment = " " }, c), "channelRiskAssessment", "share.channel_risk_missing"),
        ["advice summary"] = ((d, c) => (d with { AdviceFrom = "manager", AdviceOn = Today }, c), "adviceSummary", "share.advice_summary_missing"),
        ["advice date"] = ((d, c) => (d with { AdviceFrom = "manager", AdviceSummary = "Go ahead." }, c), "adviceOn", "share.advice_date_missing"),
    };

    public static TheoryData<string> MissingElements => new(Missing.Keys);

    [Fact]
    public void Decide_CompleteShareOnAnAllowedException_IsRecordedWithEveryElement()
    {
        var result = SharingDecisionRules.Decide(Draft(), Context());

        result.Errors.ShouldBeEmpty();
        var d = result.Value;
        d.Outcome.ShouldBe(SharingOutcome.Shared);
        d.Items.Select(i => i.Ref).ShouldBe(["family:address", $"member:{ChildId}:date_of_birth"]);
        d.Items[0].Text.ShouldBe("12 Orchard Row, IP33 1AB");
        d.Basis.ShouldBe(new LawfulBasis(null, LawfulException.ChildWelfare, "Bruising seen on the youngest child at the visit of 20 November."));
        d.Basis!.Code.ShouldBe("child_welfare");
        d.AccuracyChecked.ShouldBeTrue();
        (d.FamilyTold, d.ToldOn, d.ToldMethod).ShouldBe((TellingFamily.Before, Today, InformMethod.InPerson));
        d.Channel.ShouldBe(ShareChannel.SecurePortal);
        d.NeedsInformedTask.ShouldBeFalse();
        FamilyInformedTask.For(d).ShouldBeNull();
    }

    [Theory, MemberData(nameof(MissingElements))]
    public void Decide_ShareWithOneElementMissing_IsRefusedWithThatElementsMessageOnly(string element)
    {
        var (change, field, code) = Missing[element];
        var (draft, context) = change(Draft(), Context());

        var result = SharingDecisionRules.Decide(draft, context);

        result.Succeeded.ShouldBeFalse();
        var error = result.Errors.ShouldHaveSingleItem();
        (error.Field, error.Code).ShouldBe((field, code));
        error.Message.Length.ShouldBeGreaterThan(20);
    }

    [Fact]
    public void Decide_EmptyDraft_ListsEveryMissingElementAtOnce()
    {
        var result = SharingDecisionRules.Decide(new SharingDecisionDraft { Outcome = SharingOutcome.Shared }, Context());

        result.Errors.Select(e => e.Code).ShouldBe([
            "share.purpose_missing", "share.agency_missing", "share.recipient_missing", "share.items_missing", "share.rationale_missing",
            "share.basis_missing", "share.accuracy_unchecked", "share.family_told_missing", "share.channel_missing"], ignoreOrder: true);
    }

    [Fact]
    public void Decide_CumbriaShareWithoutTheManagersAdvice_IsRefused()
    {
        var draft = Draft("cumbria") with { AdviceFrom = null, AdviceOn = null, AdviceSummary = null };

        var result = SharingDecisionRules.Decide(draft, Context("cumbria"));

        result.Errors.ShouldHaveSingleItem().Code.ShouldBe("share.advice_missing");
        SharingDecisionRules.Decide(Draft("cumbria"), Context("cumbria")).Value.Advice!.From.ShouldBe("manager");
    }

    [Theory]
    [InlineData("suffolk")]
    [InlineData("wirral")]
    [InlineData("leicestershire")]
    [InlineData("chs")]
    public void Decide_WithoutAdviceWhereThePolicySaysWhenInDoubt_IsAllowed(string profile)
    {
        var draft = Draft(profile) with { AdviceFrom = null, AdviceOn = null, AdviceSummary = null, Exception = Rules(profile).LawfulExceptions[0] };

        SharingDecisionRules.Decide(draft, Context(profile)).Errors.ShouldBeEmpty();
    }

    [Fact]
    public void Decide_AdviceFromSomeoneNotOnTheProfilesList_IsRefused()
    {
        var draft = Draft("leicestershire") with { AdviceFrom = "my neighbour" };

        var error = SharingDecisionRules.Decide(draft, Context("leicestershire")).Errors.ShouldHaveSingleItem();

        (error.Field, error.Code).ShouldBe(("adviceFrom", "share.advice_from_unknown"));
        error.Message.ShouldContain("HSUK legal adviser");
    }

    [Fact]
    public void Decide_ConsentOnFileCoversTheShare_IsAllowedAndCitesTheConsent()
    {
        var consent = Guid.NewGuid();
        var draft = Draft() with { BasisKind = "consent", Exception = null, ExceptionJustification = null };

        var decision = SharingDecisionRules.Decide(draft, Context(coverage: new CoverageAnswer(consent, "Consent of 1 October 2026 covers health visitors."))).Value;

        decision.Basis.ShouldBe(new LawfulBasis(consent, null, "Consent of 1 October 2026 covers health visitors."));
        decision.Basis!.Code.ShouldBe("consent");
    }

    [Theory]
    [InlineData("The family's consent expired on 1 November 2026.")]
    [InlineData("The family withdrew their consent on 2 November 2026.")]
    public void Decide_ConsentThatDoesNotCover_IsRefusedWithTheReason(string explanation)
    {
        var draft = Draft() with { BasisKind = "consent", Exception = null, ExceptionJustification = null };

        var error = SharingDecisionRules.Decide(draft, Context(coverage: new CoverageAnswer(null, explanation))).Errors.ShouldHaveSingleItem();

        (error.Field, error.Code).ShouldBe(("basis", "share.consent_not_covering"));
        error.Message.ShouldContain(explanation);
    }

    [Fact]
    public void Decide_NotSharedDecision_IsRecordedWithItsRationaleAndNeedsNoBasisChannelOrTelling()
    {
        var draft = new SharingDecisionDraft
        {
            Purpose = SharingPurpose.CoordinatingSupport,
            AgencyId = AgencyId,
            RecipientName = "Tom Berry",
            ItemRefs = [$"member:{ChildId}:health"],
            Rationale = "The school asked for the child's health details; they do not need them to support him.",
            Outcome = SharingOutcome.NotShared,
        };

        var decision = SharingDecisionRules.Decide(draft, Context(agency: CheckedAgency with { DataProtectionCheckedOn = null })).Value;

        decision.Outcome.ShouldBe(SharingOutcome.NotShared);
        (decision.Basis, decision.Channel, decision.FamilyTold).ShouldBe((null, null, null));
        decision.Items.ShouldHaveSingleItem().Kind.ShouldBe(InformationKind.SpecialCategory);
        FamilyInformedTask.For(decision).ShouldBeNull();
        SharingDecisionRules.Decide(draft with { Rationale = " " }, Context()).Errors.ShouldHaveSingleItem().Code.ShouldBe("share.rationale_missing");
    }

    [Fact]
    public void Question_AsksAboutEveryKindAndMemberOfThePickedItems()
    {
        var picked = SharingDecisionRules.Picked(Draft() with { ItemRefs = [.. Items.Select(i => i.Ref)] }, Items);

        var question = SharingDecisionRules.Question(Family, CheckedAgency, SharingPurpose.Safeguarding, picked, Today);

        question.Kinds.ShouldBe([InformationKind.ContactDetails, InformationKind.SpecialCategory], ignoreOrder: true);
        question.AboutMembers.ShouldBe([ChildId]);
        (question.AgencyId, question.Category, question.On).ShouldBe((AgencyId, AgencyCategory.HealthVisitor, Today));
    }
}
