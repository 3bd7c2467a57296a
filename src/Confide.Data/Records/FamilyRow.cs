namespace Confide.Data.Records;

/// <summary>A family file as stored: personal fields are ciphertext under the family's own key.</summary>
public sealed class FamilyRow
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public string Reference { get; set; } = "";
    public byte[] Address { get; set; } = [];
    public byte[] Postcode { get; set; } = [];
    public string Area { get; set; } = "";
    public Guid? AssignedCoordinatorId { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public List<MemberRow> Members { get; set; } = [];
}
