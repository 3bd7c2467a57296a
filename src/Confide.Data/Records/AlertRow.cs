namespace Confide.Data.Records;

/// <summary>Something one person must look at, pointing at what it is about by identifier only.</summary>
public sealed class AlertRow
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid RecipientId { get; set; }
    public string Kind { get; set; } = "";
    public string ResourceKind { get; set; } = "";
    public Guid ResourceId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}
