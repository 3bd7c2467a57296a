namespace Confide.Data.Records;

/// <summary>A letter to the referrer as sent (never updated): the PDF is ciphertext under the family's key.</summary>
public sealed class ReferrerLetterRow
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid FamilyId { get; set; }
    public Guid EpisodeId { get; set; }
    public string Kind { get; set; } = "";
    public string Method { get; set; } = "";
    public DateOnly SentOn { get; set; }
    public byte[] Pdf { get; set; } = [];
    public byte[] PdfSha256 { get; set; } = [];
    public Guid RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
