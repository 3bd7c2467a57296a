namespace Confide.Data.Records;

public sealed class OrganisationRow
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string ProfileId { get; set; } = "";
    public int ProfileVersion { get; set; }
    public string ProfileYaml { get; set; } = "";
    public bool IsDemo { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public long NextFamilyNumber { get; set; } = 1;
}
