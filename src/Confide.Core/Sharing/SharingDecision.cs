using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Profiles;
using Confide.Core.Staff;

namespace Confide.Core.Sharing;

/// <summary>A recorded sharing decision: shared or not shared, with everything that justified it.</summary>
public sealed record SharingDecision
{
    public required Guid Id { get; init; }
    public required OrganisationId OrganisationId { get; init; }
    public required FamilyId FamilyId { get; init; }
    public required SharingPurpose Purpose { get; init; }
    public required Guid AgencyId { get; init; }
    public required string RecipientName { get; init; }

    /// <summary>The items exactly as they were (or would have been) sent.</summary>
    public required IReadOnlyList<SharedItemCopy> Items { get; init; }

    /// <summary>The lawful basis; null only when the outcome is "not shared".</summary>
    public LawfulBasis? Basis { get; init; }
    public required string Rationale { get; init; }
    public bool AccuracyChecked { get; init; }
    public AdviceSought? Advice { get; init; }

    /// <summary>Whether the family is told; null only when the outcome is "not shared".</summary>
    public TellingFamily? FamilyTold { get; init; }
    public DateOnly? ToldOn { get; init; }
    public InformMethod? ToldMethod { get; init; }
    public UninformedReason? UninformedReason { get; init; }
    public DateOnly? ReviewOn { get; init; }
    public ShareChannel? Channel { get; init; }
    public string? ChannelRiskAssessment { get; init; }
    public bool ConfidentialityStated { get; init; }
    public bool AddressVerified { get; init; }
    public required SharingOutcome Outcome { get; init; }
    public required UserId DecidedBy { get; init; }
    public required DateTimeOffset DecidedAt { get; init; }

    /// <summary>When it went out; null for "not shared" (and never set when the portal refused it).</summary>
    public DateTimeOffset? SentAt { get; init; }

    /// <summary>The portal share, when it went through the secure share portal.</summary>
    public Guid? PortalShareId { get; init; }
    public DateTimeOffset? PortalExpiresAt { get; init; }

    /// <summary>When the portal link was revoked, if it was.</summary>
    public DateTimeOffset? PortalRevokedAt { get; init; }

    /// <summary>The "family to be informed" task this share needs: after the share, or not told (closed with its exemption, to review).</summary>
    public bool NeedsInformedTask => Outcome == SharingOutcome.Shared && FamilyTold is TellingFamily.After or TellingFamily.NotTold;
}
