namespace Confide.Core.Audit;

/// <summary>What is wrong with the log at the first bad entry.</summary>
public enum AuditDamage
{
    /// <summary>The entry's content no longer matches its leaf hash, which is still in its place in the chain.</summary>
    Altered,

    /// <summary>The entry's hashes do not follow from the entry before it: a row moved, inserted or re-hashed.</summary>
    ChainBroken,

    /// <summary>Entries are absent: a gap in the sequence, or a checkpoint covering entries the log no longer has.</summary>
    Missing,

    /// <summary>An entry came with a smaller sequence than the one before it.</summary>
    OutOfOrder,

    /// <summary>Two entries carry the same sequence.</summary>
    Duplicated,

    /// <summary>The entries up to a checkpoint hash to a different root or chain head than it signed: a consistent rewrite.</summary>
    CheckpointMismatch,

    /// <summary>A checkpoint's signature does not verify, or its key is unknown.</summary>
    BadSignature,

    /// <summary>The database's checkpoints disagree with the copy given to the witness.</summary>
    WitnessMismatch,
}
