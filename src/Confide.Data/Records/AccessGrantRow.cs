namespace Confide.Data.Records;

/// <summary>A time-limited grant of read access to named files (<see cref="AccessGrantFileRow"/>), with its purpose.</summary>
public sealed class AccessGrantRow
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public string Kind { get; set; } = "";
    public Guid GranteeId { get; set; }
    public Guid IssuedBy { get; set; }
    public DateTimeOffset ValidFrom { get; set; }
    public DateTimeOffset ValidUntil { get; set; }
    public string Purpose { get; set; } = "";
    public DateTimeOffset? RevokedAt { get; set; }
    public Guid? RevokedBy { get; set; }
    public DateTimeOffset? UndertakingSignedAt { get; set; }
    public Guid? UndertakingRecordedBy { get; set; }
    public Guid? PresenceCoordinatorId { get; set; }
    public DateTimeOffset? PresenceAttestedAt { get; set; }
    public DateTimeOffset? PresenceUntil { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
