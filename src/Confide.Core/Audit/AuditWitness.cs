namespace Confide.Core.Audit;

/// <summary>
/// The checkpoints and public keys an external witness was given earlier (<c>confide audit export-checkpoints</c>).
/// Every one of them must still be in the database, unchanged: a history rewritten and re-signed with the
/// current key would pass on its own, but not against the witness's copy.
/// </summary>
public sealed record AuditWitness(IReadOnlyList<Checkpoint> Checkpoints, IReadOnlyList<AuditPublicKey> PublicKeys);
