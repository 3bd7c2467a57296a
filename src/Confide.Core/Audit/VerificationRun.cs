using System.Security.Cryptography;

namespace Confide.Core.Audit;

/// <summary>
/// The state of one <see cref="AuditVerifier"/> pass: the running chain hash, the Merkle frontier and the next
/// checkpoint. Entries are given in the order read, as objects or (from a database) as canonical bytes built by an
/// <see cref="AuditRowEncoder"/>; after the first problem every step returns false.
/// </summary>
public sealed class VerificationRun : IDisposable
{
    private readonly AuditVerifier.PlannedCheckpoint[] _plan;
    private readonly Dictionary<string, AuditPublicKey> _keys;
    private readonly Dictionary<string, AuditPublicKey> _witnessKeys;
    private readonly MerkleTreeBuilder _tree = new();
    private readonly byte[] _chain = AuditHashing.Genesis.ToArray();
    private readonly byte[] _leaf = new byte[AuditHashing.HashSize];
    private readonly byte[] _link = new byte[AuditHashing.HashSize];
    private readonly Dictionary<AuditPublicKey, ECDsa> _loaded = new(ReferenceEqualityComparer.Instance);
    private int _next;
    private long _last;
    private long _checked;
    private int _checkpointsChecked;
    private long _lastGoodCheckpoint;
    private AuditProblem? _problem;

    internal VerificationRun(AuditVerifier.PlannedCheckpoint[] plan, Dictionary<string, AuditPublicKey> keys, Dictionary<string, AuditPublicKey> witnessKeys)
    {
        _plan = plan;
        _keys = keys;
        _witnessKeys = witnessKeys;
    }

    /// <summary>Checks the checkpoints of the empty tree, if any; false when one is bad.</summary>
    internal bool Start() => CheckDue();

    /// <summary>Checks one entry and any checkpoint at its size; false at the first problem.</summary>
    public bool Step(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var sequence = entry.Sequence;
        if (!InOrder(sequence))
        {
            return false;
        }

        if (entry.LeafHash is not { Length: AuditHashing.HashSize } || entry.ChainHash is not { Length: AuditHashing.HashSize })
        {
            return Malformed(sequence);
        }

        bool leafMatches;
        try
        {
            AuditHashing.LeafHash(sequence, entry.Event, _leaf);
            leafMatches = _leaf.AsSpan().SequenceEqual(entry.LeafHash);
        }
        catch (ArgumentException)
        {
            leafMatches = false;
        }

        return Link(sequence, leafMatches, entry.LeafHash, entry.ChainHash);
    }

    /// <summary>Checks one stored row, given as the canonical bytes <paramref name="row"/> holds and its two stored hashes.</summary>
    public bool Step(long sequence, AuditRowEncoder row, ReadOnlySpan<byte> leafHash, ReadOnlySpan<byte> chainHash)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!InOrder(sequence))
        {
            return false;
        }

        if (row.Unreadable || leafHash.Length != AuditHashing.HashSize || chainHash.Length != AuditHashing.HashSize)
        {
            return Malformed(sequence);
        }

        var leafMatches = false;
        if (!row.Unhashable)
        {
            Sha256.Hash(row.LeafInput, _leaf);
            leafMatches = _leaf.AsSpan().SequenceEqual(leafHash);
        }

        return Link(sequence, leafMatches, leafHash, chainHash);
    }

    private bool InOrder(long sequence)
    {
        if (_problem is not null)
        {
            return false;
        }

        if (sequence <= _last)
        {
            return Fail(sequence == _last
                ? new AuditProblem(AuditDamage.Duplicated, sequence, $"entry #{sequence} appears twice")
                : new AuditProblem(AuditDamage.OutOfOrder, sequence, $"entry #{sequence} comes after #{_last}"));
        }

        if (sequence != _last + 1)
        {
            var detail = sequence == _last + 2 ? $"entry #{_last + 1} is missing" : $"entries #{_last + 1}–#{sequence - 1} are missing";
            return Fail(new AuditProblem(AuditDamage.Missing, _last + 1, $"{detail} (the next entry present is #{sequence})"));
        }

        return true;
    }

    private bool Malformed(long sequence) =>
        Fail(new AuditProblem(AuditDamage.Altered, sequence, $"entry #{sequence} is malformed: a hash or a field cannot be read"));

    private bool Link(long sequence, bool leafMatches, ReadOnlySpan<byte> leafHash, ReadOnlySpan<byte> chainHash)
    {
        AuditHashing.ChainHash(_chain, leafHash, _link);
        var linkHolds = _link.AsSpan().SequenceEqual(chainHash);
        if (!linkHolds)
        {
            return Fail(new AuditProblem(AuditDamage.ChainBroken, sequence, leafMatches
                ? $"entry #{sequence}'s chain hash does not follow from entry #{sequence - 1}'s (a reordered, inserted or re-hashed row)"
                : $"entry #{sequence} does not belong here: neither its content nor its chain hash match this place in the chain (a moved or inserted row)"));
        }

        if (!leafMatches)
        {
            return Fail(new AuditProblem(AuditDamage.Altered, sequence,
                $"entry #{sequence}'s content does not match its leaf hash, which is still in place in the chain (the row was changed after it was written)"));
        }

        chainHash.CopyTo(_chain);
        _tree.Append(_leaf);
        _last = sequence;
        _checked++;
        return CheckDue();
    }

    /// <summary>The report, after the last entry or the first problem.</summary>
    public VerificationReport Finish()
    {
        if (_problem is null && _next < _plan.Length)
        {
            var beyond = _plan[_next];
            if (CheckAgainstWitness(beyond) && CheckSignature(beyond, out _))
            {
                var first = _last + 1;
                Fail(new AuditProblem(AuditDamage.Missing, first,
                    $"checkpoint {beyond.Size} covers entries #{first}–#{beyond.Size}, which are not in the log")
                { RangeStart = first, RangeEnd = beyond.Size, CheckpointSize = beyond.Size });
            }
        }

        var status = _problem is not null ? VerificationStatus.Damaged
            : _last > _lastGoodCheckpoint ? VerificationStatus.Unsealed
            : VerificationStatus.Intact;
        return new VerificationReport(status, _checked, _checkpointsChecked, _last, _lastGoodCheckpoint, _problem);
    }

    public void Dispose()
    {
        foreach (var key in _loaded.Values)
        {
            key.Dispose();
        }
    }

    private bool CheckDue()
    {
        while (_next < _plan.Length && _plan[_next].Size <= _last)
        {
            var planned = _plan[_next];
            if (!CheckAgainstWitness(planned) || !CheckSignature(planned, out var checkpoint) || !CheckHead(checkpoint))
            {
                return false;
            }

            _lastGoodCheckpoint = planned.Size;
            _checkpointsChecked++;
            _next++;
        }

        return true;
    }

    private bool CheckAgainstWitness(AuditVerifier.PlannedCheckpoint planned)
    {
        if (planned.Witness is not { } witnessed)
        {
            return true;
        }

        if (planned.Database is not { } stored)
        {
            return FailCheckpoint(AuditDamage.WitnessMismatch, planned.Size, "is held by the witness but is not in the database");
        }

        if (!stored.SameAs(witnessed))
        {
            return FailCheckpoint(AuditDamage.WitnessMismatch, planned.Size, "in the database differs from the copy the witness holds");
        }

        return !(_witnessKeys.TryGetValue(stored.KeyId, out var theirs) && _keys.TryGetValue(stored.KeyId, out var ours)
                 && !theirs.SubjectPublicKeyInfo.AsSpan().SequenceEqual(ours.SubjectPublicKeyInfo))
            || FailCheckpoint(AuditDamage.WitnessMismatch, planned.Size, $"is signed by key {stored.KeyId}, whose public key in the database differs from the witness's copy");
    }

    private bool CheckSignature(AuditVerifier.PlannedCheckpoint planned, out Checkpoint checkpoint)
    {
        checkpoint = planned.Database ?? planned.Witness!;
        // A witnessed checkpoint is checked with the witness's copy of the key, which a rewrite cannot replace.
        var key = planned.Witness is not null && _witnessKeys.TryGetValue(checkpoint.KeyId, out var w) ? w
            : _keys.GetValueOrDefault(checkpoint.KeyId);
        if (key is null)
        {
            return FailCheckpoint(AuditDamage.BadSignature, planned.Size, $"is signed by key {checkpoint.KeyId}, which is not among the public keys");
        }

        if (!key.IdMatchesKey)
        {
            return FailCheckpoint(AuditDamage.BadSignature, planned.Size, $"is signed by key {checkpoint.KeyId}, but that id does not belong to the public key stored under it");
        }

        bool valid;
        try
        {
            if (!_loaded.TryGetValue(key, out var loaded))
            {
                loaded = key.Load();
                _loaded[key] = loaded;
            }

            valid = AuditPublicKey.Verifies(loaded, checkpoint);
        }
        catch (CryptographicException)
        {
            valid = false;
        }

        return valid || FailCheckpoint(AuditDamage.BadSignature, planned.Size, $"has a signature that does not verify with key {checkpoint.KeyId}");
    }

    private bool CheckHead(Checkpoint checkpoint)
    {
        Span<byte> root = stackalloc byte[AuditHashing.HashSize];
        _tree.ComputeRoot(root);
        if (!root.SequenceEqual(checkpoint.RootHash))
        {
            return FailCheckpoint(AuditDamage.CheckpointMismatch, checkpoint.TreeSize,
                "signed a Merkle root that the entries no longer hash to (entries were rewritten and re-hashed consistently)");
        }

        return _chain.AsSpan().SequenceEqual(checkpoint.ChainHead)
            || FailCheckpoint(AuditDamage.CheckpointMismatch, checkpoint.TreeSize, "signed a chain head that the entries no longer lead to");
    }

    private bool FailCheckpoint(AuditDamage kind, long size, string what)
    {
        var first = _lastGoodCheckpoint + 1;
        var range = first <= size ? $"entries #{first}–#{size}" : "no entries";
        var previous = _lastGoodCheckpoint == 0 ? "no good checkpoint comes before it" : $"the last good checkpoint is {_lastGoodCheckpoint}";
        return Fail(new AuditProblem(kind, first, $"checkpoint {size} {what}; {range} cannot be trusted ({previous})")
        {
            RangeStart = first,
            RangeEnd = size,
            CheckpointSize = size,
        });
    }

    private bool Fail(AuditProblem problem)
    {
        _problem ??= problem;
        return false;
    }
}
