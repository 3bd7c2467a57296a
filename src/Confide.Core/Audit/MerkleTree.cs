using System.Numerics;
using System.Security.Cryptography;

namespace Confide.Core.Audit;

/// <summary>
/// RFC 6962 (Certificate Transparency) Merkle tree hashing: leaf = SHA-256(0x00 || data), node =
/// SHA-256(0x01 || left || right), a tree of n leaves split at the largest power of two below n, and the empty
/// tree's hash is SHA-256 of nothing. Inclusion proofs are the RFC's audit paths (RFC 9162 §2.1.3).
/// </summary>
public static class MerkleTree
{
    /// <summary>The root of the empty tree: SHA-256 of the empty string.</summary>
    public static byte[] EmptyRoot() => SHA256.HashData(ReadOnlySpan<byte>.Empty);

    /// <summary>The leaf hash of <paramref name="data"/>: SHA-256(0x00 || data).</summary>
    public static byte[] HashLeaf(ReadOnlySpan<byte> data)
    {
        var buffer = new byte[data.Length + 1];
        data.CopyTo(buffer.AsSpan(1));
        return SHA256.HashData(buffer);
    }

    /// <summary>An interior node's hash: SHA-256(0x01 || left || right).</summary>
    public static byte[] HashChildren(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        var hash = new byte[AuditHashing.HashSize];
        HashChildren(left, right, hash);
        return hash;
    }

    /// <summary>Writes an interior node's hash without allocating (it may overwrite either input).</summary>
    public static void HashChildren(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right, Span<byte> destination)
    {
        Span<byte> buffer = stackalloc byte[1 + (2 * AuditHashing.HashSize)];
        buffer[0] = 0x01;
        left[..AuditHashing.HashSize].CopyTo(buffer[1..]);
        right[..AuditHashing.HashSize].CopyTo(buffer[(1 + AuditHashing.HashSize)..]);
        Sha256.Hash(buffer, destination);
    }

    /// <summary>The tree head (MTH) over the given leaf hashes.</summary>
    public static byte[] ComputeRoot(IEnumerable<byte[]> leafHashes)
    {
        ArgumentNullException.ThrowIfNull(leafHashes);
        var builder = new MerkleTreeBuilder();
        foreach (var leaf in leafHashes)
        {
            builder.Append(leaf);
        }

        return builder.ComputeRoot();
    }

    /// <summary>The audit path of leaf <paramref name="index"/> (from 0) in the tree of the first <paramref name="treeSize"/> leaf hashes.</summary>
    public static IReadOnlyList<byte[]> InclusionProof(IEnumerable<byte[]> leafHashes, long index, long treeSize)
    {
        ArgumentNullException.ThrowIfNull(leafHashes);
        var collector = new InclusionProofBuilder(index, treeSize);
        foreach (var leaf in leafHashes.Take(checked((int)treeSize)))
        {
            collector.Append(leaf);
        }

        return collector.Proof();
    }

    /// <summary>
    /// The ranges of leaves [Start, End) whose subtree hashes make up the audit path of leaf <paramref name="index"/>,
    /// in proof order (the sibling nearest the leaf first). They are disjoint and, with the leaf, cover the tree.
    /// </summary>
    public static IReadOnlyList<(long Start, long End)> InclusionRanges(long index, long treeSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, treeSize);
        var ranges = new List<(long, long)>();
        long start = 0, end = treeSize;
        while (end - start > 1)
        {
            var k = LargestPowerOfTwoBelow(end - start);
            if (index < start + k)
            {
                ranges.Add((start + k, end));
                end = start + k;
            }
            else
            {
                ranges.Add((start, start + k));
                start += k;
            }
        }

        ranges.Reverse();
        return ranges;
    }

    /// <summary>Checks an audit path (RFC 9162 §2.1.3.2): does <paramref name="leafHash"/> sit at <paramref name="index"/> under <paramref name="root"/>?</summary>
    public static bool VerifyInclusion(long index, long treeSize, ReadOnlySpan<byte> leafHash, IReadOnlyList<byte[]> proof, ReadOnlySpan<byte> root)
    {
        ArgumentNullException.ThrowIfNull(proof);
        if (index < 0 || index >= treeSize || leafHash.Length != AuditHashing.HashSize)
        {
            return false;
        }

        var fn = index;
        var sn = treeSize - 1;
        Span<byte> r = stackalloc byte[AuditHashing.HashSize];
        leafHash.CopyTo(r);
        foreach (var p in proof)
        {
            if (sn == 0 || p is not { Length: AuditHashing.HashSize })
            {
                return false;
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                HashChildren(p, r, r);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                HashChildren(r, p, r);
            }

            fn >>= 1;
            sn >>= 1;
        }

        return sn == 0 && r.SequenceEqual(root);
    }

    /// <summary>The largest power of two strictly below <paramref name="n"/> (n ≥ 2).</summary>
    internal static long LargestPowerOfTwoBelow(long n) => 1L << (63 - BitOperations.LeadingZeroCount((ulong)(n - 1)));
}
