namespace Confide.Core.Audit;

/// <summary>
/// What <see cref="AuditVerifier"/> found.
/// </summary>
/// <param name="Status">Intact, unsealed or damaged.</param>
/// <param name="EntriesChecked">Entries whose hashes were checked (up to the first problem).</param>
/// <param name="CheckpointsChecked">Checkpoints whose signature, root and chain head were checked and found good.</param>
/// <param name="LastSequence">The sequence of the last entry checked (0 for an empty log).</param>
/// <param name="LastCheckpointSize">The tree size of the last good checkpoint (0 when none).</param>
/// <param name="Problem">The first problem, when damaged.</param>
public sealed record VerificationReport(
    VerificationStatus Status,
    long EntriesChecked,
    int CheckpointsChecked,
    long LastSequence,
    long LastCheckpointSize,
    AuditProblem? Problem)
{
    /// <summary>How many entries follow the last checkpoint (when unsealed).</summary>
    public long UnsealedCount => Status == VerificationStatus.Unsealed ? LastSequence - LastCheckpointSize : 0;

    /// <summary>The first entry not yet sealed (when unsealed).</summary>
    public long? UnsealedFrom => Status == VerificationStatus.Unsealed ? LastCheckpointSize + 1 : null;
}
