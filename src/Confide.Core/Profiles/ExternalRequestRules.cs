namespace Confide.Core.Profiles;

/// <summary>How requests from courts and the police are answered.</summary>
/// <param name="Court">The rule for court requests.</param>
/// <param name="Police">The rule for police requests.</param>
/// <param name="TrusteesNotified">True when trustees are told of every court or police request.</param>
public sealed record ExternalRequestRules(CourtRule Court, PoliceRule Police, bool TrusteesNotified);
