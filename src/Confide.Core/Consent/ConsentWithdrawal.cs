using Confide.Core.Staff;

namespace Confide.Core.Consent;

/// <summary>A consent's withdrawal: from <paramref name="On"/> it covers nothing (the consent itself is kept).</summary>
/// <param name="On">The day the person withdrew it.</param>
/// <param name="RecordedBy">Who recorded the withdrawal.</param>
/// <param name="HowTold">How the organisation was told (encrypted at rest).</param>
/// <param name="RecordedAt">When it was recorded (UTC).</param>
public sealed record ConsentWithdrawal(DateOnly On, UserId RecordedBy, string HowTold, DateTimeOffset RecordedAt);
