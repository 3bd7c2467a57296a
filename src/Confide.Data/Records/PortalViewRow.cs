namespace Confide.Data.Records;

/// <summary>One successful opening of a share by its recipient.</summary>
public sealed class PortalViewRow
{
    public Guid Id { get; set; }
    public Guid ShareId { get; set; }
    public DateTimeOffset ViewedAt { get; set; }
}
