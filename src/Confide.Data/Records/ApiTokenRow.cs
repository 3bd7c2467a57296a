namespace Confide.Data.Records;

/// <summary>A personal API token: only the SHA-256 hash of the secret is kept.</summary>
public sealed class ApiTokenRow
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public string Name { get; set; } = "";
    public byte[] TokenHash { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
