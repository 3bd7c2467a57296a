using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Core.Profiles;
using Confide.Core.Sharing;
using static Confide.Core.Consent.ConsentWording;

namespace Confide.Core.Consent;

public sealed partial record ConsentRecord
{
    /// <summary>
    /// Validates a consent against the organisation's rules and the file: the person is on the file and may give
    /// it, the form is one the policy accepts, the scope is one the policy uses and names a registered agency, and
    /// the dates make sense. Every problem is reported at once.
    /// </summary>
    public static Result<ConsentRecord> Create(ConsentDetails d, ConsentContext ctx)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(ctx);
        var v = new Validator();
        var member = d.GivenBy is { } g ? ctx.Family.Members.FirstOrDefault(m => m.Id == g) : null;
        v.When(member is null, "memberId", d.GivenBy is null ? "required" : "not_found",
            d.GivenBy is null ? "Choose the family member who gave or refused consent." : "That person is not a member of this family; choose someone on the file.");
        v.When(d.Granted is null, "granted", "required", "Choose whether consent was given or refused.");
        v.When(d.Visit is null, "visit", "required", "Choose whether consent was sought at the initial visit or a review visit.");
        if (d.GivenOn is not { } givenOn)
        {
            v.Add("givenOn", "required", "Enter the date consent was given or refused, like 2026-03-03.");
        }
        else
        {
            v.When(givenOn > ctx.Today, "givenOn", "in_future", $"The date {Date(givenOn)} is in the future; record consent on or after the day it is given.");
            v.When(d.ExpiresOn is { } e && e <= givenOn, "expiresOn", "not_after_given", $"The expiry date must be after the date consent was given ({Date(givenOn)}).");
            v.When(d.ReviewOn is { } r && r <= givenOn, "reviewOn", "not_after_given", $"The review date must be after the date consent was given ({Date(givenOn)}).");
        }

        ValidateGiver(d, ctx, member, v);
        var scope = ValidateScope(d, ctx, v);
        var evidence = ValidateEvidence(d, ctx, v);
        return Result<ConsentRecord>.From(v, () => new ConsentRecord
        {
            Id = ConsentId.New(),
            FamilyId = ctx.Family.Id,
            GivenBy = member!.Id,
            Role = d.Role!.Value,
            Understanding = d.Role == ConsentGiverRole.Child ? new ChildUnderstanding(d.ChildCompetent!.Value, d.CompetenceNote!.Trim()) : null,
            Granted = d.Granted!.Value,
            Scope = scope!,
            Evidence = evidence,
            Visit = d.Visit!.Value,
            GivenOn = d.GivenOn!.Value,
            ExpiresOn = d.ExpiresOn,
            ReviewOn = d.ReviewOn,
            RecordedBy = ctx.RecordedBy,
            RecordedAt = ctx.Now,
        });
    }

    private static void ValidateGiver(ConsentDetails d, ConsentContext ctx, FamilyMember? member, Validator v)
    {
        if (d.Role is not { } role)
        {
            v.Add("role", "required", "Choose whether the person is a parent, another person with parental responsibility, or the child.");
            return;
        }

        if (role != ConsentGiverRole.Child)
        {
            v.When(member is { Kind: MemberKind.Child }, "role", "child_as_parent", "A child on the file cannot give consent as a parent; choose 'the child'.");
            return;
        }

        if (member is { Kind: MemberKind.Adult })
        {
            v.Add("role", "adult_as_child", "This person is an adult on the file; choose 'parent' or 'person with parental responsibility'.");
            return;
        }

        var age = ctx.Rules.ChildInvolvementAge;
        if (age is null && !ctx.Rules.Whose.Contains(ConsentGiver.Child))
        {
            v.Add("role", "child_not_asked", "Your organisation's policy does not ask children for consent; record the consent of a parent or person with parental responsibility.");
        }
        else if (age is { } from && member is not null && d.GivenOn is { } on && member.AgeOn(on) is { } childAge && childAge < from)
        {
            v.Add("role", "child_too_young", $"The child was {childAge} on {Date(on)}; under your organisation's policy children take part in consent from {from}. Record a parent's consent.");
        }

        v.When(d.ChildCompetent is null, "childCompetent", "required", "Record whether you judge the child able to understand and decide.");
        v.Text(d.CompetenceNote, "competenceNote", "note on the child's understanding", FieldLimits.Reason);
        v.When(d.ChildCompetent == false && d.Granted == true, "childCompetent", "not_competent",
            "A child you judge unable to understand cannot give consent; record the consent of a parent or person with parental responsibility (the child's wishes can still be recorded as a refusal).");
    }

    private static ConsentScope? ValidateScope(ConsentDetails d, ConsentContext ctx, Validator v)
    {
        if (d.Scope is not { } kind)
        {
            v.Add("scope", "required", "Choose what the consent is to: the referrer, agencies already involved, or a specific agency.");
            return null;
        }

        if (kind != ConsentScopeKind.Specific)
        {
            v.When(ctx.Rules.Granularity == ConsentGranularity.PerShare, "scope", "general_not_used",
                "Your organisation asks for consent for each share: record a specific consent naming the agency, the purposes and the kinds of information.");
            var beyond = d.Kinds.Where(k => !ConsentScope.GeneralKinds.Contains(k)).Distinct().ToList();
            v.When(beyond.Count > 0, "kinds", "beyond_general",
                $"General consent covers only the support given and progress; {List(beyond.Select(Kind))} need a specific consent.");
            return ConsentScope.General(kind);
        }

        v.When(d.AgencyId is null && d.Category is null, "agencyId", "required", "Choose the registered agency, or a category of agency, the consent is to.");
        v.When(d.AgencyId is not null && d.Category is not null, "category", "both", "Choose either one agency or a whole category, not both.");
        if (d.AgencyId is not null && d.Category is null)
        {
            v.When(ctx.Agency is null, "agencyId", "not_registered", "That agency is not on your organisation's register; add it to the register first, or choose a category.");
            v.When(ctx.Agency is { } a && d.GivenOn is { } on && !a.Registered(on), "agencyId", "retired", "That agency was taken off the register; choose an agency on the register.");
        }

        v.When(d.Purposes.Count == 0, "purposes", "required", "Choose at least one purpose the family agreed to.");
        v.When(d.Kinds.Count == 0, "kinds", "required", "Choose at least one kind of information the family agreed to share.");
        return new ConsentScope(kind, d.Category is null ? d.AgencyId : null, d.Category,
            d.Purposes.ToHashSet(), d.Kinds.ToHashSet());
    }

    private static ConsentEvidence? ValidateEvidence(ConsentDetails d, ConsentContext ctx, Validator v)
    {
        if (d.Evidence is not { } kind)
        {
            // A refusal needs only its date (CHS-13); a consent needs its evidence.
            v.When(d.Granted == true, "evidence", "required", "Choose whether consent was given in writing or orally.");
            return null;
        }

        if (kind == ConsentEvidenceKind.Written)
        {
            v.When(ctx.Rules.Form == ConsentForm.Oral, "evidence", "form_not_allowed", "Your organisation's policy records consent orally only.");
            v.Text(d.WrittenReference, "writtenReference", "reference of the signed form or e-signature", FieldLimits.Label);
            return string.IsNullOrWhiteSpace(d.WrittenReference) ? null : ConsentEvidence.Written(d.WrittenReference.Trim());
        }

        v.When(ctx.Rules.Form == ConsentForm.Written, "evidence", "form_not_allowed",
            "Your organisation's policy requires consent in writing (a signed form or e-signature); oral consent cannot be recorded.");
        v.When(ctx.Rules.SpecialCategoryRequiresExplicitWritten && d.Kinds.Contains(InformationKind.SpecialCategory), "evidence", "special_category_written",
            "Special-category information (health, ethnicity, religion) needs explicit written consent under your organisation's policy.");
        v.When(d.Witness is null, "witness", "required", "Choose the member of staff who heard the consent.");
        v.When(d.Witness is not null && !ctx.WitnessIsStaff, "witness", "not_staff", "The witness must be an active member of staff of your organisation.");
        v.When(d.OralOn is null, "oralOn", "required", "Enter the date consent was given orally.");
        v.When(d.OralOn is { } oralOn && oralOn > ctx.Today, "oralOn", "in_future", $"The date {(d.OralOn is { } o ? Date(o) : "")} is in the future.");
        v.When(d.OralAt is null, "oralAt", "required", "Enter the time consent was given orally, like 14:30.");
        v.Text(d.Wording, "wording", "words the person used", FieldLimits.Reason);
        return d.Witness is { } w && d.OralOn is { } on && d.OralAt is { } at && !string.IsNullOrWhiteSpace(d.Wording)
            ? ConsentEvidence.Oral(w, on, at, d.Wording.Trim())
            : null;
    }
}
