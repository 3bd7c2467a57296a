namespace Confide.Data.Records;

/// <summary>A share placed on the portal, as sent (never updated): the recipient is ciphertext under the family's key.</summary>
public sealed class PortalShareRow
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid FamilyId { get; set; }
    public Guid DecisionId { get; set; }
    public Guid AgencyId { get; set; }
    public byte[] RecipientName { get; set; } = [];
    public byte[] TokenHash { get; set; } = [];
    public Guid SentBy { get; set; }
    public DateTimeOffset SentAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public int ItemCount { get; set; }
}
