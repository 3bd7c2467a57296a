namespace Confide.Data.Records;

/// <summary>A "family to be informed" task created by a share (identifiers, codes and dates only).</summary>
public sealed class FamilyInformedTaskRow
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid FamilyId { get; set; }
    public Guid DecisionId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string Status { get; set; } = "";
    public string? Exemption { get; set; }
    public DateOnly? ReviewOn { get; set; }
    public DateOnly? ToldOn { get; set; }
    public string? Method { get; set; }
    public Guid? ClosedBy { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
}
