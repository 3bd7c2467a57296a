namespace Confide.Data.Records;

/// <summary>The review owed after someone broke the glass on a family file.</summary>
public sealed class BreakGlassReviewRow
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid UserId { get; set; }
    public Guid FamilyId { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public Guid? ReviewedBy { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public string? Outcome { get; set; }
}
