namespace Confide.Data.Keys;

/// <summary>A family's data key, wrapped by the master key. Null <see cref="WrappedKey"/> means it was destroyed.</summary>
public sealed class FamilyKeyRow
{
    public Guid FamilyId { get; set; }
    public Guid OrganisationId { get; set; }
    public byte[]? WrappedKey { get; set; }
    public string KekId { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DestroyedAt { get; set; }
}
