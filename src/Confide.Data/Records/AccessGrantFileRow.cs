namespace Confide.Data.Records;

/// <summary>One family file named by a grant.</summary>
public sealed class AccessGrantFileRow
{
    public Guid GrantId { get; set; }
    public Guid FamilyId { get; set; }
}
