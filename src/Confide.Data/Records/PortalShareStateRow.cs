namespace Confide.Data.Records;

/// <summary>The changing part of a share: its passcode (only as an HMAC), wrong attempts, locks and revocation.</summary>
public sealed class PortalShareStateRow
{
    public Guid ShareId { get; set; }
    public byte[] PasscodeHash { get; set; } = [];
    public int PasscodeIssue { get; set; }
    public DateTimeOffset PasscodeIssuedAt { get; set; }
    public int FailedAttempts { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public DateTimeOffset? BlockedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public Guid? RevokedBy { get; set; }
}
