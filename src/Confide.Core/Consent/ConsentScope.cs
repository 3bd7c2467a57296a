using Confide.Core.Sharing;

namespace Confide.Core.Consent;

/// <summary>What a consent is to: a general scope, or one agency or category with its purposes and kinds of information.</summary>
/// <param name="Kind">General (referrer or involved agencies) or specific.</param>
/// <param name="AgencyId">The registered agency named (specific only; otherwise null).</param>
/// <param name="Category">The category of agency named (specific only, instead of an agency).</param>
/// <param name="Purposes">The purposes consented to.</param>
/// <param name="Kinds">The kinds of information consented to.</param>
public sealed record ConsentScope(
    ConsentScopeKind Kind,
    Guid? AgencyId,
    AgencyCategory? Category,
    IReadOnlySet<SharingPurpose> Purposes,
    IReadOnlySet<InformationKind> Kinds)
{
    /// <summary>The only kinds a general consent covers: that the family is supported, and how it is going (WIR-05).</summary>
    public static readonly IReadOnlySet<InformationKind> GeneralKinds =
        new HashSet<InformationKind> { InformationKind.SupportGiven, InformationKind.ProgressAndCircumstances };

    /// <summary>The only purposes a general consent covers: updates to the referrer and coordinating support.</summary>
    public static readonly IReadOnlySet<SharingPurpose> GeneralPurposes =
        new HashSet<SharingPurpose> { SharingPurpose.ReferrerUpdate, SharingPurpose.CoordinatingSupport };

    /// <summary>True for the two general scopes.</summary>
    public bool IsGeneral => Kind != ConsentScopeKind.Specific;

    /// <summary>A general scope, with its fixed purposes and kinds.</summary>
    public static ConsentScope General(ConsentScopeKind kind) =>
        kind == ConsentScopeKind.Specific ? throw new ArgumentOutOfRangeException(nameof(kind)) : new(kind, null, null, GeneralPurposes, GeneralKinds);
}
