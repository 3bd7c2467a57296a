using Confide.Core.Common;

namespace Confide.Core.Families;

/// <summary>A referral of a family to the scheme, accepted only with the family's consent to it.</summary>
public sealed record Referral(ReferralId Id, FamilyId FamilyId, string Referrer, DateOnly ReferredOn, string Reason, DateTimeOffset RecordedAt)
{
    /// <summary>Validates a referral. The family's consent to the referral is required (WIR: referral only with the family's consent).</summary>
    public static Result<Referral> Accept(FamilyId familyId, ReferralDetails details, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var v = new Validator()
            .When(!details.FamilyConsented, "familyConsented", "consent_missing",
                "The family has not consented to this referral, so it cannot be accepted. Ask the referrer to confirm the family agreed to be referred, then record it again.")
            .Text(details.Referrer, "referrer", "referrer", FieldLimits.Label)
            .Text(details.Reason, "reason", "reason for the referral", FieldLimits.Reason)
            .When(details.ReferredOn > today, "referredOn", "in_future", $"The referral date {details.ReferredOn:d MMMM yyyy} is in the future.");
        return Result<Referral>.From(v, () =>
            new Referral(ReferralId.New(), familyId, details.Referrer.Trim(), details.ReferredOn, details.Reason.Trim(), now));
    }
}
