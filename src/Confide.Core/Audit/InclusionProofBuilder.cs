namespace Confide.Core.Audit;

/// <summary>
/// Computes the audit path of one leaf while the tree's leaf hashes stream past in order, holding one frontier
/// at a time: every hash on the path is the head of a range of leaves (<see cref="MerkleTree.InclusionRanges"/>).
/// </summary>
public sealed class InclusionProofBuilder
{
    private readonly (long Start, long End, int Slot)[] _ranges;
    private readonly byte[][] _path;
    private readonly MerkleTreeBuilder _subtree = new();
    private int _next;
    private long _position;

    /// <summary>Starts a proof for leaf <paramref name="leafIndex"/> (from 0) in the tree of the first <paramref name="treeSize"/> leaves.</summary>
    public InclusionProofBuilder(long leafIndex, long treeSize)
    {
        var ranges = MerkleTree.InclusionRanges(leafIndex, treeSize);
        _ranges = ranges.Select((r, slot) => (r.Start, r.End, slot)).OrderBy(r => r.Start).ToArray();
        _path = new byte[ranges.Count][];
        (LeafIndex, TreeSize) = (leafIndex, treeSize);
    }

    /// <summary>The leaf proved, from 0.</summary>
    public long LeafIndex { get; }

    /// <summary>The size of the tree it is proved in.</summary>
    public long TreeSize { get; }

    /// <summary>The leaf's own hash, once it has streamed past.</summary>
    public byte[]? LeafHash { get; private set; }

    /// <summary>Whether all <see cref="TreeSize"/> leaves have been appended.</summary>
    public bool IsComplete => _position == TreeSize;

    /// <summary>Adds the next leaf hash; leaves beyond the tree size are refused.</summary>
    public void Append(ReadOnlySpan<byte> leafHash)
    {
        if (_position >= TreeSize)
        {
            throw new InvalidOperationException($"The tree has {TreeSize} leaves; no more can be appended.");
        }

        if (_position == LeafIndex)
        {
            LeafHash = leafHash.ToArray();
        }
        else
        {
            var range = _ranges[_next];
            _subtree.Append(leafHash);
            if (_position + 1 == range.End)
            {
                _path[range.Slot] = _subtree.ComputeRoot();
                _subtree.Reset();
                _next++;
            }
        }

        _position++;
    }

    /// <summary>The audit path, nearest sibling first.</summary>
    public IReadOnlyList<byte[]> Proof() =>
        IsComplete ? _path : throw new InvalidOperationException($"Only {_position} of the tree's {TreeSize} leaves have been appended.");
}
