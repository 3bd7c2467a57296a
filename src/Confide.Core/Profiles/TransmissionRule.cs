namespace Confide.Core.Profiles;

/// <summary>A rule an outbound share must follow.</summary>
public enum TransmissionRule
{
    /// <summary>Shares go only through the secure-share channel.</summary>
    SecureChannel,

    /// <summary>Only the minimum necessary is sent.</summary>
    MinimumNecessary,

    /// <summary>Everything sent is encrypted or password-protected.</summary>
    EncryptedOrPasswordProtected,

    /// <summary>Everything sent, written or oral, is marked CONFIDENTIAL.</summary>
    MarkedConfidential,

    /// <summary>The recipient accepts the agreed terms before seeing content.</summary>
    RecipientBoundToTerms,

    /// <summary>Every channel has a current risk assessment.</summary>
    ChannelRiskAssessed,

    /// <summary>Post goes to a named, verified individual.</summary>
    PostToNamedRecipient,

    /// <summary>Fax only with the recipient waiting at the machine.</summary>
    FaxRecipientWaiting,

    /// <summary>Portal access is password-protected and for the intended recipient only.</summary>
    PortalPasswordProtected,

    /// <summary>Laptops, tablets and memory sticks only when there is no safer option.</summary>
    MobileDevicesLastResort,
}
