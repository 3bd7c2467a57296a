namespace Confide.Data.Records;

public sealed class ReferralRow
{
    public Guid Id { get; set; }
    public Guid FamilyId { get; set; }
    public Guid OrganisationId { get; set; }
    public byte[] Referrer { get; set; } = [];
    public DateOnly ReferredOn { get; set; }
    public byte[] Reason { get; set; } = [];
    public bool FamilyConsented { get; set; }
    public Guid RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
