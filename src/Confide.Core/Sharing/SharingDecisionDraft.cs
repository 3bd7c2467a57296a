using Confide.Core.Profiles;

namespace Confide.Core.Sharing;

/// <summary>
/// A sharing decision as a person fills it in, before the rules check it. Anything may be missing: each missing or
/// invalid element gets its own field-keyed message.
/// </summary>
public sealed record SharingDecisionDraft
{
    public SharingPurpose? Purpose { get; init; }
    public Guid? AgencyId { get; init; }
    public string? RecipientName { get; init; }

    /// <summary>The agency referred this family (a "general: referrer" consent may cover it, WIR-05).</summary>
    public bool AgencyIsReferrer { get; init; }

    /// <summary>The agency is already involved with this family (a "general: involved agencies" consent may cover it, WIR-05).</summary>
    public bool AgencyAlreadyInvolved { get; init; }

    /// <summary>The references of the items picked one by one (see <see cref="FileItems"/>).</summary>
    public IReadOnlyList<string> ItemRefs { get; init; } = [];

    /// <summary><c>consent</c> or <c>exception</c>; null when not chosen.</summary>
    public string? BasisKind { get; init; }
    public LawfulException? Exception { get; init; }
    public string? ExceptionJustification { get; init; }

    /// <summary>The safety and wellbeing rationale (CFS-23; LEI-03 "impact on the child's welfare").</summary>
    public string? Rationale { get; init; }
    public bool AccuracyChecked { get; init; }
    public string? AdviceFrom { get; init; }
    public DateOnly? AdviceOn { get; init; }
    public string? AdviceSummary { get; init; }
    public TellingFamily? FamilyTold { get; init; }
    public DateOnly? ToldOn { get; init; }
    public InformMethod? ToldMethod { get; init; }
    public UninformedReason? UninformedReason { get; init; }
    public DateOnly? ReviewOn { get; init; }
    public ShareChannel? Channel { get; init; }
    public string? ChannelRiskAssessment { get; init; }

    /// <summary>Said aloud that the information is CONFIDENTIAL (CHS-18), for a telephone call or a meeting.</summary>
    public bool ConfidentialityStated { get; init; }

    /// <summary>The named recipient's postal address was verified (LEI-20), for a letter.</summary>
    public bool AddressVerified { get; init; }
    public SharingOutcome? Outcome { get; init; }

    /// <summary>True when any advice field is filled in.</summary>
    public bool HasAdvice => !string.IsNullOrWhiteSpace(AdviceFrom) || AdviceOn is not null || !string.IsNullOrWhiteSpace(AdviceSummary);
}
