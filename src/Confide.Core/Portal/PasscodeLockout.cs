namespace Confide.Core.Portal;

/// <summary>
/// How a share answers wrong passcodes: after <see cref="FirstLockAfter"/> in a row it is locked for
/// <see cref="FirstLock"/>; after <see cref="BlockAfter"/> it stays locked until the sender issues a new passcode.
/// A right passcode resets the count.
/// </summary>
public static class PasscodeLockout
{
    public const int FirstLockAfter = 5;
    public const int BlockAfter = 10;
    public static readonly TimeSpan FirstLock = TimeSpan.FromMinutes(15);

    /// <summary>What the share's lock becomes after the <paramref name="failures"/>-th wrong passcode in a row.</summary>
    public static (DateTimeOffset? LockedUntil, bool Blocked) After(int failures, DateTimeOffset now) =>
        failures >= BlockAfter ? (null, true)
        : failures >= FirstLockAfter && failures % FirstLockAfter == 0 ? (now + FirstLock, false)
        : (null, false);
}
