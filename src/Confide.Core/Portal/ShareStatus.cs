namespace Confide.Core.Portal;

/// <summary>Where a share stands, as its sender sees it.</summary>
public enum ShareStatus
{
    /// <summary>The link works (with the passcode).</summary>
    Open,

    /// <summary>Locked for a while after wrong passcodes.</summary>
    Locked,

    /// <summary>Locked after too many wrong passcodes, until the sender issues a new passcode.</summary>
    Blocked,

    /// <summary>Past its expiry.</summary>
    Expired,

    /// <summary>Withdrawn by the sender.</summary>
    Revoked,
}
