namespace Confide.Data.Keys;

/// <summary>An organisation-wide key (e.g. the blind-index key), wrapped by the master key.</summary>
public sealed class OrganisationKeyRow
{
    public Guid OrganisationId { get; set; }
    public string Purpose { get; set; } = "";
    public byte[] WrappedKey { get; set; } = [];
    public string KekId { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
