namespace Confide.Data.Records;

/// <summary>A sharing decision; its free text is encrypted under the family's key.</summary>
public sealed class SharingDecisionRow
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid FamilyId { get; set; }
    public Guid AgencyId { get; set; }
    public string Purpose { get; set; } = "";
    public string Outcome { get; set; } = "";
    public byte[] RecipientName { get; set; } = [];
    public byte[] Rationale { get; set; } = [];
    public string? BasisCode { get; set; }
    public Guid? ConsentId { get; set; }
    public byte[]? BasisExplanation { get; set; }
    public bool AccuracyChecked { get; set; }
    public string? AdviceFrom { get; set; }
    public DateOnly? AdviceOn { get; set; }
    public byte[]? AdviceSummary { get; set; }
    public string? FamilyTold { get; set; }
    public DateOnly? ToldOn { get; set; }
    public string? ToldMethod { get; set; }
    public string? UninformedReason { get; set; }
    public DateOnly? ReviewOn { get; set; }
    public string? Channel { get; set; }
    public byte[]? ChannelRiskAssessment { get; set; }
    public bool ConfidentialityStated { get; set; }
    public bool AddressVerified { get; set; }
    public Guid DecidedBy { get; set; }
    public DateTimeOffset DecidedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public Guid? PortalShareId { get; set; }
    public DateTimeOffset? PortalExpiresAt { get; set; }
    public DateTimeOffset? PortalRevokedAt { get; set; }
    public List<SharedItemRow> Items { get; set; } = [];
}
