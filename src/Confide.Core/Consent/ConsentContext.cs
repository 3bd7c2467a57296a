using Confide.Core.Families;
using Confide.Core.Profiles;
using Confide.Core.Sharing;
using Confide.Core.Staff;

namespace Confide.Core.Consent;

/// <summary>What a consent is checked against: the file, the organisation's rules, the register and the clock.</summary>
/// <param name="Family">The family the consent is on (its members and their dates of birth).</param>
/// <param name="Rules">The organisation's consent rules.</param>
/// <param name="Agency">The agency named by a specific consent, as found on the register; null when not found or not named.</param>
/// <param name="WitnessIsStaff">True when the oral witness named is an active member of staff of the organisation.</param>
/// <param name="RecordedBy">Who records it.</param>
/// <param name="Now">When it is recorded (UTC).</param>
public sealed record ConsentContext(Family Family, ConsentRules Rules, Agency? Agency, bool WitnessIsStaff, UserId RecordedBy, DateTimeOffset Now)
{
    /// <summary>Today's date (UTC).</summary>
    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);
}
