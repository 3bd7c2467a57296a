using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Core.Profiles;

namespace Confide.Core.Sharing;

/// <summary>
/// Checks a sharing decision against the organisation's profile (C5). Every missing or invalid element gets its own
/// field-keyed message with a stable <c>share.*</c> code, all at once; a decision that passes is complete: what, to
/// whom, why, on what lawful basis, whether the family is told, by which channel, and the outcome.
/// </summary>
public static class SharingDecisionRules
{
    /// <summary>
    /// True when the profile makes advice compulsory before a share goes out: it names the manager as the person to
    /// ask (CFS-24 "seek the manager's advice"). Other advice lists are "when in doubt" (LEI-09, WIR-15): optional.
    /// </summary>
    public static bool AdviceRequired(SharingRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return rules.AdviceBeforeSharing.Any(a => string.Equals(a.Trim(), "manager", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The question to ask the consent records about a share of <paramref name="picked"/> to <paramref name="agency"/>.</summary>
    public static CoverageQuestion Question(FamilyId family, Agency agency, SharingPurpose purpose, IReadOnlyList<FileItem> picked, DateOnly on,
        bool agencyIsReferrer = false, bool agencyAlreadyInvolved = false)
    {
        ArgumentNullException.ThrowIfNull(agency);
        ArgumentNullException.ThrowIfNull(picked);
        return new CoverageQuestion(family, agency.Id, agency.Category, agencyIsReferrer, agencyAlreadyInvolved, purpose,
            picked.Select(i => i.Kind).ToHashSet(), picked.Where(i => i.AboutMember is not null).Select(i => i.AboutMember!.Value).ToHashSet(), on);
    }

    /// <summary>The items of the draft found on the file, in the file's order; unknown references are left out.</summary>
    public static IReadOnlyList<FileItem> Picked(SharingDecisionDraft draft, IReadOnlyList<FileItem> available)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(available);
        var refs = draft.ItemRefs.ToHashSet(StringComparer.Ordinal);
        return available.Where(i => refs.Contains(i.Ref)).ToList();
    }

    /// <summary>The decision, or every problem with the draft.</summary>
    public static Result<SharingDecision> Decide(SharingDecisionDraft draft, SharingContext context)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(context);
        var v = new Validator();
        var today = context.Today;
        var shared = draft.Outcome == SharingOutcome.Shared;
        v.When(draft.Outcome is null, "outcome", "share.outcome_missing", "Choose the outcome: share, or decide not to share (both are recorded).");
        v.When(draft.Purpose is null, "purpose", "share.purpose_missing", "Choose why the information would be shared.");
        CheckAgency(v, draft, context, shared);
        Required(v, draft.RecipientName, "recipientName", "share.recipient_missing", "Enter the name of the person at the agency who will receive it (a named recipient only).", FieldLimits.Name);
        var picked = Picked(draft, context.Available);
        v.When(draft.ItemRefs.Count == 0, "items", "share.items_missing", "Pick at least one item of the file, one by one: there is no \"whole file\" option.");
        v.When(draft.ItemRefs.Count > 0 && picked.Count != draft.ItemRefs.Distinct(StringComparer.Ordinal).Count(), "items", "share.item_unknown",
            "One of the picked items is not on the file (or not in your view of it). Pick the items again.");
        Required(v, draft.Rationale, "rationale", "share.rationale_missing",
            "Explain the decision in terms of the safety and wellbeing of the child and of others affected (the impact on the child's welfare).", FieldLimits.Reason);
        CheckAdvice(v, draft, context, shared);
        if (shared)
        {
            CheckBasis(v, draft, context);
            v.When(!draft.AccuracyChecked, "accuracyChecked", "share.accuracy_unchecked", "Confirm that you checked every item is accurate and up to date before sharing.");
            CheckFamilyTold(v, draft, context);
            CheckChannel(v, draft, context.Rules);
        }

        return Result<SharingDecision>.From(v, () => Build(draft, context, picked));
    }

    private static void CheckAgency(Validator v, SharingDecisionDraft draft, SharingContext context, bool shared)
    {
        if (draft.AgencyId is null)
        {
            v.Add("agencyId", "share.agency_missing", "Choose the receiving agency from your organisation's register.");
        }
        else if (context.Agency is not { } agency || agency.Id != draft.AgencyId || !agency.Registered(context.Today))
        {
            v.Add("agencyId", "share.agency_unregistered",
                "That agency is not on your organisation's register, or it has been retired. Information goes only to registered agencies: ask a scheme manager to add it.");
        }
        else if (shared && agency.DataProtectionCheckedOn is null)
        {
            v.Add("agencyId", "share.agency_unchecked",
                $"The data-protection arrangements of {agency.Name} have not been checked yet. A scheme manager must record the check on the agency register before anything is shared with it.");
        }
    }

    private static void CheckBasis(Validator v, SharingDecisionDraft draft, SharingContext context)
    {
        var allowed = context.Rules.LawfulExceptions;
        switch (draft.BasisKind)
        {
            case null or "":
                v.Add("basis", "share.basis_missing", "Give the lawful basis: the family's consent on file that covers this share, or one of your organisation's exceptions to consent.");
                break;
            case "consent" when context.Coverage is not { Covered: true }:
                v.Add("basis", "share.consent_not_covering",
                    $"No consent on file covers this share. {context.Coverage?.Explanation ?? "Choose the agency, purpose and items first."} Record the family's consent, or rely on one of your organisation's exceptions.");
                break;
            case "consent":
                break;
            case "exception":
                if (draft.Exception is not { } e)
                {
                    v.Add("exception", "share.exception_missing", "Choose the exception to consent that you rely on.");
                }
                else if (!allowed.Contains(e))
                {
                    v.Add("exception", "share.exception_not_allowed", allowed.Count == 0
                        ? $"Your organisation's policy allows no sharing without consent, so \"{SharingLabels.Of(e)}\" cannot be relied on."
                        : $"Your organisation's policy does not allow sharing without consent on the ground \"{SharingLabels.Of(e)}\". It allows: {string.Join("; ", allowed.Select(SharingLabels.Of))}.");
                }

                Required(v, draft.ExceptionJustification, "exceptionJustification", "share.justification_missing",
                    "Explain why the exception applies to this share (it goes on the record).", FieldLimits.Reason);
                break;
            default:
                v.Add("basis", "share.basis_invalid", "The lawful basis must be \"consent\" or \"exception\".");
                break;
        }
    }

    private static void CheckAdvice(Validator v, SharingDecisionDraft draft, SharingContext context, bool shared)
    {
        var advisers = context.Rules.AdviceBeforeSharing;
        if (!draft.HasAdvice)
        {
            v.When(shared && AdviceRequired(context.Rules), "adviceFrom", "share.advice_missing",
                "Your organisation's policy asks you to seek the manager's advice before sharing: record who advised, when, and what they said.");
            return;
        }

        if (string.IsNullOrWhiteSpace(draft.AdviceFrom))
        {
            v.Add("adviceFrom", "share.advice_from_missing", "Say whom you asked for advice.");
        }
        else if (advisers.Count > 0 && !advisers.Contains(draft.AdviceFrom.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            v.Add("adviceFrom", "share.advice_from_unknown", $"Advice is recorded from one of: {string.Join(", ", advisers)}.");
        }
        else
        {
            v.Text(draft.AdviceFrom, "adviceFrom", "adviser", FieldLimits.Label);
        }

        v.When(draft.AdviceOn is null, "adviceOn", "share.advice_date_missing", "Give the date the advice was given.");
        v.When(draft.AdviceOn > context.Today, "adviceOn", "share.advice_date_future", "The date of the advice cannot be in the future.");
        Required(v, draft.AdviceSummary, "adviceSummary", "share.advice_summary_missing", "Summarise the advice you were given.", FieldLimits.Reason);
    }

    private static void CheckFamilyTold(Validator v, SharingDecisionDraft draft, SharingContext context)
    {
        var reasons = context.Rules.UninformedReasons;
        switch (draft.FamilyTold)
        {
            case null:
                v.Add("familyTold", "share.family_told_missing", "Say whether the family is told of this share: before, afterwards, or not told (with an allowed reason).");
                break;
            case TellingFamily.Before:
                v.When(draft.ToldOn is null, "toldOn", "share.told_date_missing", "Give the date the family was told.");
                v.When(draft.ToldOn > context.Today, "toldOn", "share.told_date_future", "The date the family was told cannot be in the future; choose \"afterwards\" if they are still to be told.");
                v.When(draft.ToldMethod is null, "toldMethod", "share.told_method_missing", "Say how the family was told.");
                break;
            case TellingFamily.NotTold when reasons.Count == 0:
                v.Add("uninformedReason", "share.not_told_not_allowed",
                    "Your organisation's policy gives no reason to leave a family uninformed: the family must be told, before or after the share.");
                break;
            case TellingFamily.NotTold:
                if (draft.UninformedReason is not { } reason)
                {
                    v.Add("uninformedReason", "share.uninformed_reason_missing",
                        $"Choose why the family is not told. Your organisation allows: {string.Join("; ", reasons.Select(SharingLabels.Of))}.");
                }
                else if (!reasons.Contains(reason))
                {
                    v.Add("uninformedReason", "share.uninformed_reason_not_allowed",
                        $"Your organisation's policy does not allow leaving the family uninformed because \"{SharingLabels.Of(reason)}\". It allows: {string.Join("; ", reasons.Select(SharingLabels.Of))}.");
                }

                v.When(draft.ReviewOn is null, "reviewOn", "share.review_date_missing", "Give the date on which not telling the family will be reviewed.");
                v.When(draft.ReviewOn <= context.Today, "reviewOn", "share.review_date_not_future", "The review date must be after today.");
                break;
        }
    }

    private static void CheckChannel(Validator v, SharingDecisionDraft draft, SharingRules rules)
    {
        var oral = draft.Channel is ShareChannel.Phone or ShareChannel.Meeting;
        v.When(oral && rules.SecureTransmission.Contains(TransmissionRule.MarkedConfidential) && !draft.ConfidentialityStated,
            "confidentialityStated", "share.confidentiality_not_stated", "Your policy asks you to say that the information is CONFIDENTIAL when you give it by telephone or in a meeting: confirm that you did.");
        v.When(draft.Channel == ShareChannel.Post && rules.SecureTransmission.Contains(TransmissionRule.PostToNamedRecipient) && !draft.AddressVerified,
            "addressVerified", "share.address_unverified", "Your policy asks you to verify the named recipient's postal address before a letter is sent: confirm that you did.");
        if (draft.Channel is null)
        {
            v.Add("channel", "share.channel_missing", "Choose how it is sent: the secure share portal, or by telephone, in a meeting or by post with a risk assessment.");
        }
        else if (draft.Channel != ShareChannel.SecurePortal)
        {
            Required(v, draft.ChannelRiskAssessment, "channelRiskAssessment", "share.channel_risk_missing",
                $"Write the risk assessment for sending it {SharingLabels.Of(draft.Channel.Value).ToLowerInvariant()}: the secure portal is the only channel that needs none.", FieldLimits.Reason);
        }
    }

    private static void Required(Validator v, string? value, string field, string code, string message, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            v.Add(field, code, message);
        }
        else
        {
            v.Text(value, field, field, maxLength);
        }
    }

    private static SharingDecision Build(SharingDecisionDraft d, SharingContext c, IReadOnlyList<FileItem> picked)
    {
        var shared = d.Outcome == SharingOutcome.Shared;
        var told = shared ? d.FamilyTold : null;
        return new SharingDecision
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = c.OrganisationId,
            FamilyId = c.FamilyId,
            Purpose = d.Purpose!.Value,
            AgencyId = d.AgencyId!.Value,
            RecipientName = d.RecipientName!.Trim(),
            Items = picked.Select(i => i.Copy()).ToList(),
            Basis = !shared ? null
                : d.BasisKind == "consent" ? new LawfulBasis(c.Coverage!.ConsentId, null, c.Coverage.Explanation)
                : new LawfulBasis(null, d.Exception, d.ExceptionJustification!.Trim()),
            Rationale = d.Rationale!.Trim(),
            AccuracyChecked = shared && d.AccuracyChecked,
            Advice = d.HasAdvice ? new AdviceSought(d.AdviceFrom!.Trim(), d.AdviceOn!.Value, d.AdviceSummary!.Trim()) : null,
            FamilyTold = told,
            ToldOn = told == TellingFamily.Before ? d.ToldOn : null,
            ToldMethod = told == TellingFamily.Before ? d.ToldMethod : null,
            UninformedReason = told == TellingFamily.NotTold ? d.UninformedReason : null,
            ReviewOn = told == TellingFamily.NotTold ? d.ReviewOn : null,
            Channel = shared ? d.Channel : null,
            ChannelRiskAssessment = shared && d.Channel != ShareChannel.SecurePortal ? d.ChannelRiskAssessment?.Trim() : null,
            ConfidentialityStated = shared && d.Channel is ShareChannel.Phone or ShareChannel.Meeting && d.ConfidentialityStated,
            AddressVerified = shared && d.Channel == ShareChannel.Post && d.AddressVerified,
            Outcome = d.Outcome!.Value,
            DecidedBy = c.DecidedBy,
            DecidedAt = c.Now,
        };
    }
}
