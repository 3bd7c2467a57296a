namespace Confide.Core.Audit;

/// <summary>
/// Extends a chain in memory: gives each event the next sequence and computes its leaf and chain hashes. The
/// audit store uses it inside its write transaction, after reading the head; tests and benchmarks use it alone.
/// </summary>
public sealed class AuditChain
{
    private byte[] _head;

    /// <summary>An empty chain.</summary>
    public AuditChain() : this(0, AuditHashing.Genesis)
    {
    }

    /// <summary>A chain whose last entry has <paramref name="headSequence"/> and <paramref name="headChainHash"/>.</summary>
    public AuditChain(long headSequence, ReadOnlySpan<byte> headChainHash)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(headSequence);
        if (headChainHash.Length != AuditHashing.HashSize)
        {
            throw new ArgumentException("A chain hash is 32 bytes.", nameof(headChainHash));
        }

        HeadSequence = headSequence;
        _head = headChainHash.ToArray();
    }

    /// <summary>The sequence of the last entry (0 when empty).</summary>
    public long HeadSequence { get; private set; }

    /// <summary>The chain hash of the last entry (<see cref="AuditHashing.Genesis"/> when empty).</summary>
    public ReadOnlySpan<byte> HeadChainHash => _head;

    /// <summary>Seals the next event. Its time is kept to whole microseconds, UTC, as the log stores it.</summary>
    public AuditEntry Append(AuditEvent auditEvent)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        var at = AuditEncoding.ToLogPrecision(auditEvent.At);
        if (at != auditEvent.At || auditEvent.At.Offset != TimeSpan.Zero)
        {
            auditEvent = auditEvent with { At = at };
        }

        var sequence = HeadSequence + 1;
        var leaf = new byte[AuditHashing.HashSize];
        AuditHashing.LeafHash(sequence, auditEvent, leaf);
        var chain = new byte[AuditHashing.HashSize];
        AuditHashing.ChainHash(_head, leaf, chain);
        HeadSequence = sequence;
        _head = chain;
        return new AuditEntry(sequence, auditEvent, leaf, chain);
    }
}
