namespace Confide.Data.Records;

/// <summary>An agency on an organisation's register (no family data).</summary>
public sealed class AgencyRow
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public string Name { get; set; } = "";
    public string Category { get; set; } = "";
    public string LegitimateInterest { get; set; } = "";
    public DateOnly? DataProtectionCheckedOn { get; set; }
    public string? SharingAgreement { get; set; }
    public bool AppropriateAuthority { get; set; }
    public DateOnly? RetiredOn { get; set; }
    public Guid CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
