namespace Confide.Core.Consent;

/// <summary>The coordinator's recorded view of whether a child understands what consenting means (LEI-12).</summary>
/// <param name="Competent">True when the coordinator judged the child able to understand and decide.</param>
/// <param name="Note">A short note of why (encrypted at rest).</param>
public sealed record ChildUnderstanding(bool Competent, string Note);
