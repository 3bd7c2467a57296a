namespace Confide.Core.Audit;

/// <summary>
/// One sealed entry of the audit log: the event, its place in the log and its hashes.
/// </summary>
/// <param name="Sequence">Its place in the log, from 1 with no gaps.</param>
/// <param name="Event">What happened.</param>
/// <param name="LeafHash">SHA-256(0x00 || canonical bytes of sequence and event): the RFC 6962 leaf hash.</param>
/// <param name="ChainHash">SHA-256(previous chain hash || leaf hash); the first entry chains from <see cref="AuditHashing.Genesis"/>.</param>
public sealed record AuditEntry(long Sequence, AuditEvent Event, byte[] LeafHash, byte[] ChainHash);
