namespace Confide.Core.Profiles;

/// <summary>The organisation's rules for sharing with other agencies.</summary>
/// <param name="LawfulExceptions">The grounds on which information may be shared without consent.</param>
/// <param name="DisclosableOffences">Offences that count as a "disclosable offence" (WIR footnote 1); empty when not stated.</param>
/// <param name="FamilyTold">When the family is told of a share.</param>
/// <param name="UninformedReasons">The reasons for which a family may be left uninformed of a share.</param>
/// <param name="RecordDecisionsNotToShare">True when a decision not to share must be recorded with its reasons.</param>
/// <param name="AdviceBeforeSharing">Who may be asked for advice before sharing, in the policy's words.</param>
/// <param name="SecureTransmission">Rules every outbound share must follow.</param>
public sealed record SharingRules(
    IReadOnlyList<LawfulException> LawfulExceptions,
    IReadOnlyList<string> DisclosableOffences,
    FamilyTold FamilyTold,
    IReadOnlyList<UninformedReason> UninformedReasons,
    bool RecordDecisionsNotToShare,
    IReadOnlyList<string> AdviceBeforeSharing,
    IReadOnlyList<TransmissionRule> SecureTransmission);
