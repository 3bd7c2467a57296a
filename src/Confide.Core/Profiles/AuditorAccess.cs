namespace Confide.Core.Profiles;

/// <summary>Whether external auditors and quality reviewers may open files.</summary>
/// <param name="Allowed">True when the policy lets auditors see files at all.</param>
/// <param name="CoordinatorPresentRequired">True when a coordinator must co-authorise the auditor's session.</param>
public sealed record AuditorAccess(bool Allowed, bool CoordinatorPresentRequired);
