namespace Confide.Data.Records;

public sealed class SupportEpisodeRow
{
    public Guid Id { get; set; }
    public Guid FamilyId { get; set; }
    public Guid OrganisationId { get; set; }
    public string Type { get; set; } = "";
    public DateOnly StartedOn { get; set; }
    public DateOnly? EndedOn { get; set; }
}
