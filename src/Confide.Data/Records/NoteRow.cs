namespace Confide.Data.Records;

public sealed class NoteRow
{
    public Guid Id { get; set; }
    public Guid FamilyId { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid AuthorId { get; set; }
    public DateOnly ContactOn { get; set; }
    public byte[] Text { get; set; } = [];
    public string Status { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? FinalisedAt { get; set; }
    public Guid? AmendsNoteId { get; set; }
}
