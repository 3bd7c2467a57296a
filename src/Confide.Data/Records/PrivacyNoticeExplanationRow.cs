namespace Confide.Data.Records;

/// <summary>A privacy-notice explanation; the absent-partner texts are encrypted with the family key.</summary>
public sealed class PrivacyNoticeExplanationRow
{
    public Guid Id { get; set; }
    public Guid FamilyId { get; set; }
    public Guid OrganisationId { get; set; }
    public string NoticeVersion { get; set; } = "";
    public DateOnly ExplainedOn { get; set; }
    public Guid ExplainedBy { get; set; }
    public bool Verbally { get; set; }
    public string? LeafletVersion { get; set; }
    public bool SharingExplained { get; set; }
    public bool RefusalConsequencesExplained { get; set; }
    public string AbsentPartner { get; set; } = "";
    public byte[]? AbsentPartnerHow { get; set; }
    public DateOnly? AbsentPartnerToldOn { get; set; }
    public byte[]? AbsentPartnerWhyNot { get; set; }
    public Guid RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
