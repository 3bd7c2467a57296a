namespace Confide.Data.Records;

public sealed class MemberRow
{
    public Guid Id { get; set; }
    public Guid FamilyId { get; set; }
    public Guid OrganisationId { get; set; }
    public int Position { get; set; }
    public string Kind { get; set; } = "";
    public byte[] GivenName { get; set; } = [];
    public byte[] FamilyName { get; set; } = [];
    public byte[]? DateOfBirth { get; set; }
    public byte[]? Health { get; set; }
    public byte[]? Ethnicity { get; set; }
    public byte[]? Religion { get; set; }
}
