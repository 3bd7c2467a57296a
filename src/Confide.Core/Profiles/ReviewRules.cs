namespace Confide.Core.Profiles;

/// <summary>How often the organisation reviews its policy.</summary>
/// <param name="PolicyReviewMonths">Months between reviews; null when the policy does not say.</param>
public sealed record ReviewRules(int? PolicyReviewMonths);
