namespace Confide.Core.Portal;

/// <summary>The outcome, the share when opened, and when a lock ends.</summary>
public sealed record UnlockResult(UnlockOutcome Outcome, RecipientShare? Share = null, DateTimeOffset? LockedUntil = null, int? AttemptsBeforeLock = null)
{
    public static readonly UnlockResult Gone = new(UnlockOutcome.Gone);
}
