using Confide.Core.Common;
using Confide.Core.Profiles;
using Confide.Core.Sharing;

namespace Confide.Web.Features.Sharing;

/// <summary>
/// A sharing decision as a form or a JSON body sends it: choices as their snake_case codes. Reading it turns each
/// code into its value, and a code that is not one of the choices into a field-keyed message.
/// </summary>
public sealed class SharingDraftInput
{
    public string? Purpose { get; set; }
    public Guid? AgencyId { get; set; }
    public string? RecipientName { get; set; }
    public bool? AgencyIsReferrer { get; set; }
    public bool? AgencyAlreadyInvolved { get; set; }
    public List<string>? Items { get; set; }
    public string? Basis { get; set; }
    public string? Exception { get; set; }
    public string? ExceptionJustification { get; set; }
    public string? Rationale { get; set; }
    public bool? AccuracyChecked { get; set; }
    public string? AdviceFrom { get; set; }
    public DateOnly? AdviceOn { get; set; }
    public string? AdviceSummary { get; set; }
    public string? FamilyTold { get; set; }
    public DateOnly? ToldOn { get; set; }
    public string? ToldMethod { get; set; }
    public string? UninformedReason { get; set; }
    public DateOnly? ReviewOn { get; set; }
    public string? Channel { get; set; }
    public string? ChannelRiskAssessment { get; set; }
    public bool? ConfidentialityStated { get; set; }
    public bool? AddressVerified { get; set; }
    public string? Outcome { get; set; }

    /// <summary>The draft, and the choices that were not recognised.</summary>
    public (SharingDecisionDraft Draft, IReadOnlyList<ValidationError> Unrecognised) Read()
    {
        var errors = new List<ValidationError>();
        var draft = new SharingDecisionDraft
        {
            Purpose = Choice<SharingPurpose>(Purpose, "purpose", errors),
            AgencyId = AgencyId,
            RecipientName = RecipientName,
            AgencyIsReferrer = AgencyIsReferrer ?? false,
            AgencyAlreadyInvolved = AgencyAlreadyInvolved ?? false,
            ItemRefs = (Items ?? []).Where(i => !string.IsNullOrWhiteSpace(i)).Distinct(StringComparer.Ordinal).ToList(),
            BasisKind = string.IsNullOrWhiteSpace(Basis) ? null : Basis.Trim(),
            Exception = Choice<LawfulException>(Exception, "exception", errors),
            ExceptionJustification = ExceptionJustification,
            Rationale = Rationale,
            AccuracyChecked = AccuracyChecked ?? false,
            AdviceFrom = AdviceFrom,
            AdviceOn = AdviceOn,
            AdviceSummary = AdviceSummary,
            FamilyTold = Choice<TellingFamily>(FamilyTold, "familyTold", errors),
            ToldOn = ToldOn,
            ToldMethod = Choice<InformMethod>(ToldMethod, "toldMethod", errors),
            UninformedReason = Choice<UninformedReason>(UninformedReason, "uninformedReason", errors),
            ReviewOn = ReviewOn,
            Channel = Choice<ShareChannel>(Channel, "channel", errors),
            ChannelRiskAssessment = ChannelRiskAssessment,
            ConfidentialityStated = ConfidentialityStated ?? false,
            AddressVerified = AddressVerified ?? false,
            Outcome = Choice<SharingOutcome>(Outcome, "outcome", errors),
        };
        return (draft, errors);
    }

    /// <summary>The rules' errors with the unrecognised choices in place of "missing" for the same fields.</summary>
    public static IReadOnlyList<ValidationError> Merge(IReadOnlyList<ValidationError> unrecognised, IReadOnlyList<ValidationError> rules) =>
        [.. unrecognised, .. rules.Where(e => unrecognised.All(u => u.Field != e.Field))];

    public static T? Choice<T>(string? code, string field, List<ValidationError> errors) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        if (SnakeCase.TryParse<T>(code.Trim(), out var value))
        {
            return value;
        }

        errors.Add(new ValidationError(field, "invalid", $"'{Short(code)}' is not a choice here. Choose one of: {string.Join(", ", SnakeCase.All<T>())}."));
        return null;
    }

    private static string Short(string s) => s.Length > 40 ? s[..40] + "…" : s;
}
