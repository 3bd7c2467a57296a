namespace Confide.Core.Families;

/// <summary>What a coordinator enters about a referral.</summary>
/// <param name="Referrer">Who referred the family: the agency and role, e.g. "Health visitor, Bury St Edmunds".</param>
/// <param name="ReferredOn">The date of the referral.</param>
/// <param name="Reason">Why the family was referred (encrypted at rest).</param>
/// <param name="FamilyConsented">Whether the family consented to being referred; without it the referral is refused.</param>
public sealed record ReferralDetails(string Referrer, DateOnly ReferredOn, string Reason, bool FamilyConsented);
