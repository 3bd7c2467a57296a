using Confide.Core.Consent;

namespace Confide.Data.Consent;

/// <summary>Everything about consent on one family's file, decrypted, oldest first.</summary>
public sealed record ConsentFile(
    IReadOnlyList<PrivacyNoticeExplanation> Notices,
    IReadOnlyList<ServiceAgreement> Agreements,
    IReadOnlyList<ConsentRecord> Consents);
