namespace Confide.Data.Records;

/// <summary>A consent or refusal with its withdrawal; personal free text is encrypted with the family key.</summary>
public sealed class ConsentRow
{
    public Guid Id { get; set; }
    public Guid FamilyId { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid MemberId { get; set; }
    public string GiverRole { get; set; } = "";
    public bool? ChildCompetent { get; set; }
    public byte[]? CompetenceNote { get; set; }
    public bool Granted { get; set; }
    public string Scope { get; set; } = "";
    public Guid? AgencyId { get; set; }
    public string? AgencyCategory { get; set; }
    public string Purposes { get; set; } = "";
    public string Kinds { get; set; } = "";
    public string? Evidence { get; set; }
    public string? WrittenReference { get; set; }
    public Guid? WitnessId { get; set; }
    public DateOnly? OralOn { get; set; }
    public string? OralAt { get; set; }
    public byte[]? Wording { get; set; }
    public string Visit { get; set; } = "";
    public DateOnly GivenOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    public DateOnly? ReviewOn { get; set; }
    public Guid RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public DateOnly? WithdrawnOn { get; set; }
    public Guid? WithdrawnBy { get; set; }
    public byte[]? WithdrawalHow { get; set; }
    public DateTimeOffset? WithdrawalRecordedAt { get; set; }
}
