namespace Confide.Data.Records;

/// <summary>A blind-index term (keyed HMAC of a normalised name token or postcode) pointing at a family.</summary>
public sealed class SearchTermRow
{
    public Guid FamilyId { get; set; }
    public Guid OrganisationId { get; set; }
    public string Kind { get; set; } = "";
    public byte[] Term { get; set; } = [];
}
