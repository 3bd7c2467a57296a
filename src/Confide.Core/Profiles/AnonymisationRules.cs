namespace Confide.Core.Profiles;

/// <summary>How statistics are protected before they leave the organisation.</summary>
/// <param name="SuppressionThreshold">Counts from 1 up to this number are suppressed.</param>
/// <param name="RoundingBase">Other counts are rounded to a multiple of this number.</param>
/// <param name="SecondarySuppression">True when further cells are suppressed so suppressed ones cannot be worked out from totals.</param>
public sealed record AnonymisationRules(int SuppressionThreshold, int RoundingBase, bool SecondarySuppression);
