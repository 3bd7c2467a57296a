namespace Confide.Data.Records;

/// <summary>A declared conflict of interest keeping one person out of one family or personnel file.</summary>
public sealed class ConflictExclusionRow
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid UserId { get; set; }
    public string ResourceKind { get; set; } = "";
    public Guid ResourceId { get; set; }
    public Guid DeclaredBy { get; set; }
    public DateTimeOffset DeclaredAt { get; set; }
    public DateTimeOffset? LiftedAt { get; set; }
    public Guid? LiftedBy { get; set; }
}
