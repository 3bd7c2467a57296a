using Confide.Core.Profiles;

namespace Confide.Core.Portal;

/// <summary>
/// The terms a recipient accepts before seeing a share's content, where the organisation's profile binds recipients
/// to them (<see cref="TransmissionRule.RecipientBoundToTerms"/>, CHS-17).
/// </summary>
public static class RecipientTerms
{
    public const string Text =
        "I understand that this information is confidential. I will use it only for the purpose it was shared for, " +
        "keep it securely, and not pass it on to anyone else without the sender's agreement.";

    /// <summary>True when recipients of this organisation's shares must accept the terms first.</summary>
    public static bool Required(SharingRules? rules) => rules?.SecureTransmission.Contains(TransmissionRule.RecipientBoundToTerms) == true;
}
