namespace Confide.Core.Sharing;

/// <summary>
/// How a share reaches the recipient. The secure share portal is the only electronic channel (SUF-07): there is no
/// e-mail. Every other channel needs a written risk assessment (LEI-19).
/// </summary>
public enum ShareChannel
{
    /// <summary>An expiring portal link, with a passcode sent by a separate route.</summary>
    SecurePortal,

    /// <summary>Told by telephone.</summary>
    Phone,

    /// <summary>Told in a meeting.</summary>
    Meeting,

    /// <summary>A letter to the named recipient.</summary>
    Post,
}
