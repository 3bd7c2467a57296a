namespace Confide.Data.Records;

/// <summary>The reason a person gave when opening a file, valid for a short while so they are not asked on every click.</summary>
public sealed class AccessSessionRow
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid UserId { get; set; }
    public string ResourceKind { get; set; } = "";
    public Guid ResourceId { get; set; }
    public string Purpose { get; set; } = "";
    public string? Detail { get; set; }
    public bool BreakGlass { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}
