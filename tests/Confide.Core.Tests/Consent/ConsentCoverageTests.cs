using Confide.Core.Consent;
using Confide.Core.Families;
using Confide.Core.Sharing;
using static Confide.Core.Consent.ConsentScopeKind;
using static Confide.Core.Sharing.InformationKind;
using static Confide.Core.Tests.Consent.ConsentWorld;

namespace Confide.Core.Tests.Consent;

/// <summary>Consent coverage as a table: scope, dates, withdrawal, the child's consent, written vs oral and granularity, per profile.</summary>
public sealed class ConsentCoverageTests
{
    private sealed record Case(string Profile, ConsentRecord[] Consents, CoverageQuestion Question, bool Covered, string Explanation);

    private static ConsentBuilder Hv => ConsentBuilder.ToHealthVisitors();

    private static readonly Dictionary<string, Case> Table = new()
    {
        // Scope
        ["specific category covers an agency in it"] = new("suffolk", [Hv.Build()], Question(), true,
            "Covered by the consent of 3 March 2026 to Health Visitors, given in writing."),
        ["specific agency covers that agency"] = new("suffolk", [Hv.ToAgency(HealthVisitorId).Build()], Question(), true, "to the agency named"),
        ["specific agency does not cover another agency"] = new("suffolk", [Hv.ToAgency(GpId).Build()], Question(), false,
            "The consent of 3 March 2026 to the agency named is to another agency."),
        ["specific category does not cover another category"] = new("suffolk", [Hv.Build()], Question(agency: GpId, category: AgencyCategory.Gp), false,
            "The consent of 3 March 2026 to Health Visitors does not extend to GPs."),
        ["purpose not consented"] = new("suffolk", [Hv.Build()], Question(purpose: SharingPurpose.OnwardReferral), false,
            "The consent of 3 March 2026 to Health Visitors does not cover an onward referral."),
        ["every kind must be covered"] = new("suffolk", [Hv.Build()], Question(kinds: [SupportGiven, WelfareConcerns]), false,
            "The consent of 3 March 2026 to Health Visitors does not cover welfare concerns."),
        ["general referrer covers the referrer"] = new("wirral", [Hv.General(GeneralReferrer).Build()],
            Question(purpose: SharingPurpose.ReferrerUpdate, kinds: [SupportGiven, ProgressAndCircumstances], referrer: true), true, "to the referrer"),
        ["general referrer does not cover another agency"] = new("wirral", [Hv.General(GeneralReferrer).Build()], Question(), false,
            "The consent of 3 March 2026 to the referrer covers only the referrer."),
        ["general involved covers an involved agency"] = new("wirral", [Hv.General(GeneralInvolvedAgencies).Build()], Question(involved: true), true,
            "to agencies already involved"),
        ["general involved does not cover an agency not involved"] = new("wirral", [Hv.General(GeneralInvolvedAgencies).Build()], Question(), false,
            "covers only agencies already involved with the family"),
        ["general never covers welfare concerns"] = new("wirral", [Hv.General(GeneralInvolvedAgencies).Build()], Question(kinds: [WelfareConcerns], involved: true), false,
            "is a general consent, which covers only the support given and progress, not welfare concerns."),
        ["general never covers session notes or special category"] = new("suffolk", [Hv.General(GeneralReferrer).Build()],
            Question(kinds: [SessionNotes, SpecialCategory], referrer: true), false, "not session notes and special-category information"),

        // Dates and withdrawal
        ["expired before the share"] = new("suffolk", [Hv.Expires(new DateOnly(2026, 5, 1)).Build()], Question(), false,
            "The consent of 3 March 2026 to Health Visitors expired on 1 May 2026."),
        ["expires on the share date"] = new("suffolk", [Hv.Expires(ShareOn).Build()], Question(), false, "expired on 1 June 2026"),
        ["expires the day after the share"] = new("suffolk", [Hv.Expires(ShareOn.AddDays(1)).Build()], Question(), true, "Covered by"),
        ["withdrawn before the share"] = new("suffolk", [Hv.Withdrawn(new DateOnly(2026, 5, 1)).Build()], Question(), false,
            "The consent of 3 March 2026 to Health Visitors was withdrawn on 1 May 2026."),
        ["withdrawn on the share date"] = new("suffolk", [Hv.Withdrawn(ShareOn).Build()], Question(), false, "was withdrawn on 1 June 2026"),
        ["withdrawn after the share date"] = new("suffolk", [Hv.Withdrawn(ShareOn.AddDays(1)).Build()], Question(), true, "Covered by"),
        ["given after the share date"] = new("suffolk", [Hv.On(ShareOn.AddDays(2)).Build()], Question(), false,
            "was given after 1 June 2026, the date of the share."),
        ["refused"] = new("suffolk", [Hv.Refused().Build()], Question(), false,
            "Consent to share with Health Visitors was refused on 3 March 2026."),
        ["later refusal at review replaces the consent"] = new("suffolk", [Hv.Build(), Hv.Refused().On(new DateOnly(2026, 5, 20)).Build()], Question(), false,
            "The consent of 3 March 2026 to Health Visitors was replaced by a refusal on 20 May 2026."),
        ["a current consent wins over a withdrawn one"] = new("suffolk", [Hv.Withdrawn(new DateOnly(2026, 4, 1)).Build(), Hv.On(new DateOnly(2026, 4, 10)).Build()],
            Question(), true, "Covered by the consent of 10 April 2026"),
        ["no consent at all"] = new("suffolk", [], Question(), false,
            "No consent from a parent or person with parental responsibility is recorded on this file."),
        ["another family's consent does not count"] = new("suffolk", [Hv.OnFamily(FamilyId.New()).Build()], Question(), false, "No consent from"),

        // Granularity per profile
        ["per_share cumbria: general consent does not count"] = new("cumbria", [Hv.General(GeneralInvolvedAgencies).Build()], Question(involved: true), false,
            "is a general consent, and your organisation asks for consent for each share."),
        ["per_share chs: general consent does not count"] = new("chs", [Hv.General(GeneralReferrer).Build(), Hv.ToCategory(AgencyCategory.Gp).Build()],
            Question(purpose: SharingPurpose.ReferrerUpdate, referrer: true), false, "(general consents do not count: your organisation asks for consent for each share)"),
        ["per_share chs: specific consent counts"] = new("chs", [Hv.Build()], Question(), true, "Covered by"),

        // Written vs oral per profile
        ["cumbria: special category with written consent"] = new("cumbria", [Hv.Of(SpecialCategory).Build()], Question(kinds: [SpecialCategory]), true, "given in writing"),
        ["cumbria: special category with oral consent"] = new("cumbria", [Hv.Of(SpecialCategory).Oral().Build()], Question(kinds: [SpecialCategory]), false,
            "was not given in writing; special-category information needs explicit written consent"),
        ["suffolk: special category with oral consent"] = new("suffolk", [Hv.Of(SpecialCategory).Oral().Build()], Question(kinds: [SpecialCategory]), true, "given orally"),
        ["chs: oral consent"] = new("chs", [Hv.Oral().Build()], Question(), true, "given orally"),

        // The child's own consent (leicestershire: from 12)
        ["leicestershire: child of 13 without own consent"] = new("leicestershire", [Hv.Build()], Question(about: [Teenager]), false,
            "Covered by the consent of 3 March 2026 to Health Visitors, given in writing, but an item is about a child aged 13, and children take part in consent from 12: no consent from the child is recorded on this file."),
        ["leicestershire: child of 13 with own consent"] = new("leicestershire", [Hv.Build(), Hv.By(Teenager).Build()], Question(about: [Parent, Teenager]), true,
            "; and by the child's own consent of 3 March 2026."),
        ["leicestershire: child's own consent withdrawn"] = new("leicestershire", [Hv.Build(), Hv.By(Teenager).Withdrawn(new DateOnly(2026, 5, 1)).Build()],
            Question(about: [Teenager]), false, "the consent of 3 March 2026 to Health Visitors was withdrawn on 1 May 2026."),
        ["leicestershire: child's consent alone is not enough"] = new("leicestershire", [Hv.By(Teenager).Build()], Question(about: [Teenager]), false,
            "No consent from a parent or person with parental responsibility"),
        ["leicestershire: child of 6 needs a parent's consent only"] = new("leicestershire", [Hv.Build()], Question(about: [Young]), true, "Covered by"),
        ["leicestershire: item not about the child of 13"] = new("leicestershire", [Hv.Build()], Question(about: [Parent, Young]), true, "Covered by"),
        ["suffolk: no involvement age, child of 13"] = new("suffolk", [Hv.Build()], Question(about: [Teenager]), true, "Covered by"),
    };

    public static TheoryData<string> Cases => new(Table.Keys);

    [Theory, MemberData(nameof(Cases))]
    public void Answer_FollowsTheTable(string name)
    {
        var c = Table[name];

        var answer = ConsentCoverage.Answer(c.Question, c.Consents, TheFamily.Members, Rules(c.Profile));

        answer.Covered.ShouldBe(c.Covered, answer.Explanation);
        answer.Explanation.ShouldContain(c.Explanation);
        if (c.Covered)
        {
            c.Consents.Where(x => x.Role != ConsentGiverRole.Child).Select(x => x.Id.Value).ShouldContain(answer.ConsentId!.Value);
        }
    }

    [Fact]
    public void Answer_Explanation_NeverHoldsANameFromTheFile()
    {
        var answer = ConsentCoverage.Answer(Question(about: [Teenager]), [Hv.Build()], TheFamily.Members, Rules("leicestershire"));

        answer.Explanation.ShouldNotContain("Rowan");
        answer.Explanation.ShouldNotContain("Applegarth");
    }
}
