using System.Security.Cryptography;
using Confide.Core.Audit;

namespace Confide.Core.Tests.Audit;

/// <summary>An in-memory log with a signing key: <c>TestLog.Create(50, checkpointsAt: [20, 50])</c>; tests then damage copies of it.</summary>
internal sealed class TestLog : IDisposable
{
    private TestLog(ECDsa key, List<AuditEntry> entries)
    {
        Key = key;
        PublicKey = AuditPublicKey.Of(key);
        Entries = entries;
    }

    public ECDsa Key { get; }
    public AuditPublicKey PublicKey { get; }
    public List<AuditEntry> Entries { get; }
    public List<Checkpoint> Checkpoints { get; } = [];

    public static TestLog Create(int entries, params int[] checkpointsAt)
    {
        var chain = new AuditChain();
        var log = new TestLog(ECDsa.Create(ECCurve.NamedCurves.nistP256), Enumerable.Range(1, entries).Select(i => chain.Append(AuditEvents.Read(i))).ToList());
        foreach (var size in checkpointsAt)
        {
            log.Checkpoints.Add(log.Seal(size));
        }

        return log;
    }

    /// <summary>A checkpoint over the first <paramref name="size"/> entries as they are now, signed with <paramref name="key"/> (default: the log's).</summary>
    public Checkpoint Seal(int size, ECDsa? key = null)
    {
        key ??= Key;
        var root = MerkleTree.ComputeRoot(Entries.Take(size).Select(e => e.LeafHash));
        var head = size == 0 ? new byte[32] : Entries[size - 1].ChainHash;
        return Checkpoint.Sign(size, root, head, AuditEvents.Start.AddMinutes(size), AuditPublicKey.Of(key).KeyId, key);
    }

    /// <summary>Replaces entry <paramref name="sequence"/>'s event and re-hashes it and every later entry, as a careful forger would.</summary>
    public void RewriteConsistently(long sequence, Func<AuditEvent, AuditEvent> change)
    {
        var index = (int)sequence - 1;
        var chain = new AuditChain(sequence - 1, index == 0 ? new byte[32] : Entries[index - 1].ChainHash);
        for (var i = index; i < Entries.Count; i++)
        {
            Entries[i] = chain.Append(i == index ? change(Entries[i].Event) : Entries[i].Event);
        }
    }

    public VerificationReport Verify(AuditWitness? witness = null) =>
        new AuditVerifier(Checkpoints, [PublicKey], witness).Verify(Entries);

    public void Dispose() => Key.Dispose();
}
