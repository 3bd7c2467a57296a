using System.Numerics;
using System.Security.Cryptography;

namespace Confide.Core.Audit;

/// <summary>
/// Builds an RFC 6962 tree head incrementally from a stream of leaf hashes, keeping only the compact frontier:
/// the roots of the perfect subtrees that make up the tree so far (one per set bit of <see cref="Size"/>, so at
/// most 63 hashes). Appending costs one node hash on average; computing the head costs at most one per level.
/// </summary>
public sealed class MerkleTreeBuilder
{
    private const int Levels = 64;
    private readonly byte[] _frontier = new byte[Levels * AuditHashing.HashSize];

    /// <summary>How many leaves have been appended.</summary>
    public long Size { get; private set; }

    /// <summary>Adds the next leaf hash (32 bytes).</summary>
    public void Append(ReadOnlySpan<byte> leafHash)
    {
        if (leafHash.Length != AuditHashing.HashSize)
        {
            throw new ArgumentException("A leaf hash is 32 bytes.", nameof(leafHash));
        }

        Span<byte> carry = stackalloc byte[AuditHashing.HashSize];
        leafHash.CopyTo(carry);
        var level = 0;
        for (var size = Size; (size & 1) == 1; size >>= 1)
        {
            MerkleTree.HashChildren(Frontier(level), carry, carry);
            level++;
        }

        carry.CopyTo(Frontier(level));
        Size++;
    }

    /// <summary>Writes the tree head (MTH) of the leaves so far into <paramref name="destination"/>.</summary>
    public void ComputeRoot(Span<byte> destination)
    {
        if (Size == 0)
        {
            SHA256.HashData(ReadOnlySpan<byte>.Empty, destination);
            return;
        }

        // The smallest subtree is the rightmost; fold each larger one in on its left.
        var lowest = BitOperations.TrailingZeroCount(Size);
        Span<byte> head = stackalloc byte[AuditHashing.HashSize];
        Frontier(lowest).CopyTo(head);
        for (var level = lowest + 1; level < Levels; level++)
        {
            if (((Size >> level) & 1) == 1)
            {
                MerkleTree.HashChildren(Frontier(level), head, head);
            }
        }

        head.CopyTo(destination);
    }

    /// <summary>The tree head (MTH) of the leaves so far.</summary>
    public byte[] ComputeRoot()
    {
        var root = new byte[AuditHashing.HashSize];
        ComputeRoot(root);
        return root;
    }

    /// <summary>Forgets every leaf.</summary>
    public void Reset() => Size = 0;

    private Span<byte> Frontier(int level) => _frontier.AsSpan(level * AuditHashing.HashSize, AuditHashing.HashSize);
}
