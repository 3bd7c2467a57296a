using Confide.Core.Families;
using Confide.Core.Profiles;
using Confide.Core.Sharing;
using static Confide.Core.Consent.ConsentWording;

namespace Confide.Core.Consent;

/// <summary>
/// Does any consent on a family's file cover a share? A pure function of the question, the family's consents and
/// members, and the organisation's consent rules; the answer names the covering consent or says plainly what is
/// missing. See README.md in this folder for the rules.
/// </summary>
public static class ConsentCoverage
{
    // How far a consent got through the checks, in the order they are made: the closest miss explains the answer.
    private const int Covers = 8;

    /// <summary>The consent covering the share, or in plain words why none does.</summary>
    /// <param name="question">The share: agency, purpose, kinds, who the items are about, and the date.</param>
    /// <param name="consents">Every consent and refusal recorded on the family's file (others are ignored).</param>
    /// <param name="members">The family's members, for the ages of the children the items are about.</param>
    /// <param name="rules">The organisation's consent rules.</param>
    public static CoverageAnswer Answer(CoverageQuestion question, IReadOnlyList<ConsentRecord> consents, IReadOnlyList<FamilyMember> members, ConsentRules rules)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(consents);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(rules);
        var ofFamily = consents.Where(c => c.FamilyId == question.FamilyId).ToList();
        var adult = Best(question, ofFamily, ofFamily.Where(c => c.Role != ConsentGiverRole.Child), rules, "a parent or person with parental responsibility");
        if (adult.Consent is null)
        {
            return new CoverageAnswer(null, adult.Message);
        }

        var because = $"Covered by {Lower(Describe(adult.Consent))}, given {Form(adult.Consent)}";
        foreach (var child in ChildrenTakingPart(question, members, rules))
        {
            var own = Best(question, ofFamily, ofFamily.Where(c => c.Role == ConsentGiverRole.Child && c.GivenBy == child.Id), rules, "the child");
            var age = child.AgeOn(question.On);
            if (own.Consent is null)
            {
                return new CoverageAnswer(null,
                    $"{because}, but an item is about a child aged {age}, and children take part in consent from {rules.ChildInvolvementAge}: {Lower(own.Message)}");
            }

            because += $"; and by the child's own consent of {Date(own.Consent.GivenOn)}";
        }

        return new CoverageAnswer(adult.Consent.Id.Value, because + ".");
    }

    private static IEnumerable<FamilyMember> ChildrenTakingPart(CoverageQuestion q, IReadOnlyList<FamilyMember> members, ConsentRules rules) =>
        rules.ChildInvolvementAge is { } from
            ? members.Where(m => m.Kind == MemberKind.Child && q.AboutMembers.Contains(m.Id.Value) && m.AgeOn(q.On) >= from)
            : [];

    private static (ConsentRecord? Consent, string Message) Best(
        CoverageQuestion q, List<ConsentRecord> all, IEnumerable<ConsentRecord> givers, ConsentRules rules, string whose)
    {
        var candidates = givers.ToList();
        var granted = candidates.Where(c => c.Granted)
            .Select(c => (Consent: c, Check: Check(q, c, all, rules)))
            .OrderByDescending(x => x.Check.Rank).ThenByDescending(x => x.Consent.GivenOn).ThenByDescending(x => x.Consent.RecordedAt)
            .ToList();
        if (granted.Count > 0 && granted[0].Check.Rank == Covers)
        {
            return (granted[0].Consent, "");
        }

        var refusal = candidates.Where(c => !c.Granted && c.GivenOn <= q.On && ToRecipient(q, c, rules) is null)
            .OrderByDescending(c => c.GivenOn).FirstOrDefault();
        if (refusal is not null && (granted.Count == 0 || granted[0].Check.Rank <= 1))
        {
            return (null, $"Consent to share with {Recipient(refusal.Scope)} was refused on {Date(refusal.GivenOn)}.");
        }

        if (granted.Count == 0)
        {
            return (null, $"No consent from {whose} is recorded on this file.");
        }

        if (granted[0].Check.Rank <= 1 && granted.Count > 1)
        {
            var generalOnly = rules.Granularity == ConsentGranularity.PerShare && granted.Any(g => g.Consent.Scope.IsGeneral)
                ? " (general consents do not count: your organisation asks for consent for each share)"
                : "";
            return (null, $"No consent from {whose} is to this agency or to {Category(q.Category)}{generalOnly}.");
        }

        return (null, granted[0].Check.Message!);
    }

    private static (int Rank, string? Message) Check(CoverageQuestion q, ConsentRecord c, List<ConsentRecord> all, ConsentRules rules)
    {
        var d = Describe(c);
        if (ToRecipient(q, c, rules) is { } notTo)
        {
            return (1, $"{d} {notTo}.");
        }

        if (!c.Scope.Purposes.Contains(q.Purpose))
        {
            return (2, $"{d} does not cover {Purpose(q.Purpose)}.");
        }

        var missing = q.Kinds.Where(k => !c.Scope.Kinds.Contains(k)).Order().ToList();
        if (missing.Count > 0)
        {
            return (3, c.Scope.IsGeneral
                ? $"{d} is a general consent, which covers only the support given and progress, not {List(missing.Select(Kind))}."
                : $"{d} does not cover {List(missing.Select(Kind))}.");
        }

        if (rules.SpecialCategoryRequiresExplicitWritten && q.Kinds.Contains(InformationKind.SpecialCategory) && c.Evidence?.Kind != ConsentEvidenceKind.Written)
        {
            return (4, $"{d} was not given in writing; special-category information needs explicit written consent under your organisation's policy.");
        }

        if (c.GivenOn > q.On)
        {
            return (5, $"{d} was given after {Date(q.On)}, the date of the share.");
        }

        if (c.ExpiresOn is { } expires && expires <= q.On)
        {
            return (6, $"{d} expired on {Date(expires)}.");
        }

        if (c.Withdrawal is { } w && w.On <= q.On)
        {
            return (7, $"{d} was withdrawn on {Date(w.On)}.");
        }

        // A later refusal by the same person to the same recipient replaces the consent (a review visit's answer).
        var refused = all.Where(r => !r.Granted && r.GivenBy == c.GivenBy && SameRecipient(r.Scope, c.Scope) && r.GivenOn <= q.On
                && (r.GivenOn > c.GivenOn || (r.GivenOn == c.GivenOn && r.RecordedAt > c.RecordedAt)))
            .OrderBy(r => r.GivenOn).FirstOrDefault();
        return refused is not null
            ? (Covers - 1, $"{d} was replaced by a refusal on {Date(refused.GivenOn)}.")
            : (Covers, null);
    }

    /// <summary>Null when the consent's scope reaches the agency asked about; otherwise why not (after "The consent of …").</summary>
    private static string? ToRecipient(CoverageQuestion q, ConsentRecord c, ConsentRules rules) => c.Scope.Kind switch
    {
        _ when c.Scope.IsGeneral && rules.Granularity == ConsentGranularity.PerShare =>
            "is a general consent, and your organisation asks for consent for each share",
        ConsentScopeKind.GeneralReferrer => q.AgencyIsReferrer ? null : "covers only the referrer",
        ConsentScopeKind.GeneralInvolvedAgencies => q.AgencyAlreadyInvolved ? null : "covers only agencies already involved with the family",
        _ when c.Scope.AgencyId is { } agency => agency == q.AgencyId ? null : "is to another agency",
        _ => c.Scope.Category == q.Category ? null : $"does not extend to {Category(q.Category)}",
    };

    private static bool SameRecipient(ConsentScope a, ConsentScope b) => a.Kind == b.Kind && a.AgencyId == b.AgencyId && a.Category == b.Category;

    private static string Form(ConsentRecord c) => c.Evidence?.Kind == ConsentEvidenceKind.Oral ? "orally" : "in writing";

    private static string Lower(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];
}
