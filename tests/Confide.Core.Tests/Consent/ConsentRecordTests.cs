using Confide.Core.Common;
using Confide.Core.Consent;
using Confide.Core.Families;
using Confide.Core.Sharing;
using Confide.Core.Staff;
using static Confide.Core.Tests.Consent.ConsentWorld;

namespace Confide.Core.Tests.Consent;

public sealed class ConsentRecordTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 10, 0, 0, TimeSpan.Zero);

    private static readonly Agency HealthVisitors = new(HealthVisitorId, TheFamily.OrganisationId, "Health visiting team", AgencyCategory.HealthVisitor,
        "Universal health service for under-fives", new DateOnly(2026, 1, 1), null, false, null);

    private static ConsentDetails Written => new()
    {
        GivenBy = Parent.Id,
        Role = ConsentGiverRole.Parent,
        Granted = true,
        Scope = ConsentScopeKind.Specific,
        AgencyId = HealthVisitorId,
        Purposes = [SharingPurpose.CoordinatingSupport],
        Kinds = [InformationKind.SupportGiven],
        Evidence = ConsentEvidenceKind.Written,
        WrittenReference = "FORM-2026-031",
        Visit = ConsentVisit.Initial,
        GivenOn = March3,
    };

    private static ConsentDetails Oral => Written with
    {
        Evidence = ConsentEvidenceKind.Oral, WrittenReference = null, Witness = Coordinator, OralOn = March3, OralAt = new TimeOnly(14, 30),
        Wording = "Yes, you can tell the health visitor how we are getting on.",
    };

    private static Result<ConsentRecord> Create(ConsentDetails d, string profile = "suffolk", Agency? agency = null, bool witnessIsStaff = true) =>
        ConsentRecord.Create(d, new ConsentContext(TheFamily, Rules(profile), d.AgencyId is null ? null : agency ?? HealthVisitors, witnessIsStaff, Coordinator, Now));

    private static ValidationError Single(Result<ConsentRecord> r) => r.Errors.ShouldHaveSingleItem();

    [Fact]
    public void Create_WrittenSpecific_IsAcceptedWithEverythingKept()
    {
        var c = Create(Written, "cumbria").Value;

        (c.Granted, c.Role, c.GivenOn, c.Visit, c.RecordedBy, c.RecordedAt).ShouldBe((true, ConsentGiverRole.Parent, March3, ConsentVisit.Initial, Coordinator, Now));
        c.Scope.AgencyId.ShouldBe(HealthVisitorId);
        c.Evidence.ShouldBe(ConsentEvidence.Written("FORM-2026-031"));
        c.Withdrawal.ShouldBeNull();
    }

    [Fact]
    public void Create_OralInChs_IsAccepted()
    {
        var c = Create(Oral, "chs").Value;

        c.Evidence!.Kind.ShouldBe(ConsentEvidenceKind.Oral);
        c.Evidence.Wording.ShouldBe("Yes, you can tell the health visitor how we are getting on.");
    }

    [Fact]
    public void Create_RefusalWithoutEvidence_IsAccepted() =>
        Create(Written with { Granted = false, Evidence = null, WrittenReference = null }).Value.StateOn(ShareOn).ShouldBe(ConsentState.Refused);

    public static TheoryData<string> BadInputs => new(Bad.Keys);

    private static readonly Dictionary<string, (Func<ConsentDetails> Details, string Profile, string Field, string Code, string Message)> Bad = new()
    {
        ["no member"] = (() => Written with { GivenBy = null }, "suffolk", "memberId", "required", "Choose the family member who gave or refused consent."),
        ["member not on the file"] = (() => Written with { GivenBy = MemberId.New() }, "suffolk", "memberId", "not_found", "That person is not a member of this family; choose someone on the file."),
        ["no decision"] = (() => Written with { Granted = null }, "suffolk", "granted", "required", "Choose whether consent was given or refused."),
        ["no visit"] = (() => Written with { Visit = null }, "suffolk", "visit", "required", "Choose whether consent was sought at the initial visit or a review visit."),
        ["no date"] = (() => Written with { GivenOn = null }, "suffolk", "givenOn", "required", "Enter the date consent was given or refused, like 2026-03-03."),
        ["date in future"] = (() => Written with { GivenOn = new DateOnly(2026, 6, 2) }, "suffolk", "givenOn", "in_future", "The date 2 June 2026 is in the future; record consent on or after the day it is given."),
        ["expiry not after given"] = (() => Written with { ExpiresOn = March3 }, "suffolk", "expiresOn", "not_after_given", "The expiry date must be after the date consent was given (3 March 2026)."),
        ["review not after given"] = (() => Written with { ReviewOn = March3.AddDays(-1) }, "suffolk", "reviewOn", "not_after_given", "The review date must be after the date consent was given (3 March 2026)."),
        ["no role"] = (() => Written with { Role = null }, "suffolk", "role", "required", "Choose whether the person is a parent, another person with parental responsibility, or the child."),
        ["child as parent"] = (() => Written with { GivenBy = Teenager.Id }, "suffolk", "role", "child_as_parent", "A child on the file cannot give consent as a parent; choose 'the child'."),
        ["adult as child"] = (() => Written with { Role = ConsentGiverRole.Child, ChildCompetent = true, CompetenceNote = "n" }, "leicestershire", "role", "adult_as_child", "This person is an adult on the file; choose 'parent' or 'person with parental responsibility'."),
        ["child where children are not asked"] = (() => Written with { GivenBy = Teenager.Id, Role = ConsentGiverRole.Child, ChildCompetent = true, CompetenceNote = "Understands." }, "suffolk", "role", "child_not_asked", "Your organisation's policy does not ask children for consent; record the consent of a parent or person with parental responsibility."),
        ["child under the involvement age"] = (() => Written with { GivenBy = Young.Id, Role = ConsentGiverRole.Child, ChildCompetent = true, CompetenceNote = "Bright." }, "leicestershire", "role", "child_too_young", "The child was 6 on 3 March 2026; under your organisation's policy children take part in consent from 12. Record a parent's consent."),
        ["child without a view of understanding"] = (() => Written with { GivenBy = Teenager.Id, Role = ConsentGiverRole.Child, CompetenceNote = "Talked it through." }, "leicestershire", "childCompetent", "required", "Record whether you judge the child able to understand and decide."),
        ["child without a note"] = (() => Written with { GivenBy = Teenager.Id, Role = ConsentGiverRole.Child, ChildCompetent = true }, "leicestershire", "competenceNote", "required", "Enter the note on the child's understanding."),
        ["child judged unable grants"] = (() => Written with { GivenBy = Teenager.Id, Role = ConsentGiverRole.Child, ChildCompetent = false, CompetenceNote = "Did not follow." }, "leicestershire", "childCompetent", "not_competent", "A child you judge unable to understand cannot give consent; record the consent of a parent or person with parental responsibility (the child's wishes can still be recorded as a refusal)."),
        ["no scope"] = (() => Written with { Scope = null }, "suffolk", "scope", "required", "Choose what the consent is to: the referrer, agencies already involved, or a specific agency."),
        ["general in a per-share organisation"] = (() => Written with { Scope = ConsentScopeKind.GeneralReferrer, AgencyId = null, Kinds = [] }, "chs", "scope", "general_not_used", "Your organisation asks for consent for each share: record a specific consent naming the agency, the purposes and the kinds of information."),
        ["general with welfare concerns"] = (() => Written with { Scope = ConsentScopeKind.GeneralInvolvedAgencies, AgencyId = null, Kinds = [InformationKind.SupportGiven, InformationKind.WelfareConcerns] }, "wirral", "kinds", "beyond_general", "General consent covers only the support given and progress; welfare concerns need a specific consent."),
        ["specific without agency"] = (() => Written with { AgencyId = null }, "suffolk", "agencyId", "required", "Choose the registered agency, or a category of agency, the consent is to."),
        ["specific with agency and category"] = (() => Written with { Category = AgencyCategory.Gp }, "suffolk", "category", "both", "Choose either one agency or a whole category, not both."),
        ["specific without purposes"] = (() => Written with { Purposes = [] }, "suffolk", "purposes", "required", "Choose at least one purpose the family agreed to."),
        ["specific without kinds"] = (() => Written with { Kinds = [] }, "suffolk", "kinds", "required", "Choose at least one kind of information the family agreed to share."),
        ["granted without evidence"] = (() => Written with { Evidence = null }, "suffolk", "evidence", "required", "Choose whether consent was given in writing or orally."),
        ["written without reference"] = (() => Written with { WrittenReference = " " }, "suffolk", "writtenReference", "required", "Enter the reference of the signed form or e-signature."),
        ["oral in cumbria"] = (() => Oral, "cumbria", "evidence", "form_not_allowed", "Your organisation's policy requires consent in writing (a signed form or e-signature); oral consent cannot be recorded."),
        ["oral without witness"] = (() => Oral with { Witness = null }, "chs", "witness", "required", "Choose the member of staff who heard the consent."),
        ["oral without date"] = (() => Oral with { OralOn = null }, "chs", "oralOn", "required", "Enter the date consent was given orally."),
        ["oral without time"] = (() => Oral with { OralAt = null }, "chs", "oralAt", "required", "Enter the time consent was given orally, like 14:30."),
        ["oral without wording"] = (() => Oral with { Wording = "" }, "chs", "wording", "required", "Enter the words the person used."),
    };

    [Theory, MemberData(nameof(BadInputs))]
    public void Create_BadInput_IsRefusedWithItsOwnMessage(string name)
    {
        var (details, profile, field, code, message) = Bad[name];

        var error = Single(Create(details(), profile));

        (error.Field, error.Code, error.Message).ShouldBe((field, code, message));
    }

    [Fact]
    public void Create_AgencyNotOnTheRegister_IsRefused()
    {
        var r = ConsentRecord.Create(Written, new ConsentContext(TheFamily, Rules("suffolk"), null, true, Coordinator, Now));

        (Single(r).Field, Single(r).Code).ShouldBe(("agencyId", "not_registered"));
        Single(r).Message.ShouldBe("That agency is not on your organisation's register; add it to the register first, or choose a category.");
    }

    [Fact]
    public void Create_RetiredAgency_IsRefused() =>
        Single(Create(Written, agency: HealthVisitors with { RetiredOn = new DateOnly(2026, 2, 1) })).Code.ShouldBe("retired");

    [Fact]
    public void Create_OralWitnessNotStaff_IsRefused() =>
        Single(Create(Oral, "chs", witnessIsStaff: false)).Message.ShouldBe("The witness must be an active member of staff of your organisation.");

    [Fact]
    public void Create_OralSpecialCategoryInCumbria_GivesBothReasons()
    {
        var r = Create(Oral with { Kinds = [InformationKind.SpecialCategory] }, "cumbria");

        r.Errors.Select(e => e.Code).ShouldBe(["form_not_allowed", "special_category_written"]);
    }

    [Fact]
    public void Create_ChildOfThirteenInLeicestershire_IsAcceptedWithTheCoordinatorsView()
    {
        var c = Create(Written with { GivenBy = Teenager.Id, Role = ConsentGiverRole.Child, ChildCompetent = true, CompetenceNote = "Explained in plain words; asked good questions." }, "leicestershire").Value;

        c.Understanding.ShouldBe(new ChildUnderstanding(true, "Explained in plain words; asked good questions."));
    }

    [Fact]
    public void Withdraw_Current_StopsItFromThatDay()
    {
        var c = Create(Written).Value;

        var w = c.Withdraw(new DateOnly(2026, 5, 1), Coordinator, "By telephone to the coordinator", Now).Value;

        w.Withdrawal.ShouldBe(new ConsentWithdrawal(new DateOnly(2026, 5, 1), Coordinator, "By telephone to the coordinator", Now));
        w.StateOn(new DateOnly(2026, 4, 30)).ShouldBe(ConsentState.Current);
        w.StateOn(new DateOnly(2026, 5, 1)).ShouldBe(ConsentState.Withdrawn);
        c.Withdrawal.ShouldBeNull();
    }

    [Fact]
    public void Withdraw_Twice_IsRefused()
    {
        var w = Create(Written).Value.Withdraw(new DateOnly(2026, 5, 1), Coordinator, "Letter", Now).Value;

        var again = w.Withdraw(new DateOnly(2026, 5, 2), Coordinator, "Letter", Now).Errors.ShouldHaveSingleItem();

        (again.Code, again.Message).ShouldBe(("consent.already_withdrawn", "The consent of 3 March 2026 to the agency named was already withdrawn on 1 May 2026."));
    }

    [Fact]
    public void Withdraw_Refusal_IsRefused() =>
        Create(Written with { Granted = false }).Value.Withdraw(ShareOn, Coordinator, "Letter", Now).Errors.ShouldHaveSingleItem().Code.ShouldBe("consent.not_granted");

    [Theory]
    [InlineData(null, "Letter", "withdrawnOn", "Enter the date the consent was withdrawn, like 2026-05-01.")]
    [InlineData("2026-06-02", "Letter", "withdrawnOn", "The withdrawal date 2 June 2026 is in the future; record a withdrawal on the day it is made.")]
    [InlineData("2026-03-02", "Letter", "withdrawnOn", "The withdrawal date 2 March 2026 is before the consent was given (3 March 2026).")]
    [InlineData("2026-05-01", " ", "howTold", "Enter the way the family told you (for example: by telephone to the coordinator).")]
    public void Withdraw_BadInput_IsRefusedWithItsOwnMessage(string? on, string how, string field, string message)
    {
        var date = on is null ? (DateOnly?)null : DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture);

        var error = Create(Written).Value.Withdraw(date, Coordinator, how, Now).Errors.ShouldHaveSingleItem();

        (error.Field, error.Message).ShouldBe((field, message));
    }
}
