namespace Confide.Data.Records;

/// <summary>A family's agreement to receive support (never consent to share).</summary>
public sealed class ServiceAgreementRow
{
    public Guid Id { get; set; }
    public Guid FamilyId { get; set; }
    public Guid OrganisationId { get; set; }
    public DateOnly AgreedOn { get; set; }
    public Guid RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
