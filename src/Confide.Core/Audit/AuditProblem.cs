namespace Confide.Core.Audit;

/// <summary>
/// The first thing wrong with the log.
/// </summary>
/// <param name="Kind">What kind of damage.</param>
/// <param name="Sequence">The first bad entry. For checkpoint problems, the first entry the checkpoint vouched for that no earlier good checkpoint does.</param>
/// <param name="Detail">What was found, for a person.</param>
public sealed record AuditProblem(AuditDamage Kind, long Sequence, string Detail)
{
    /// <summary>For checkpoint problems: the first entry of the range that can no longer be trusted.</summary>
    public long? RangeStart { get; init; }

    /// <summary>For checkpoint problems: the last entry of that range (the checkpoint's tree size).</summary>
    public long? RangeEnd { get; init; }

    /// <summary>The checkpoint involved, by tree size, if any.</summary>
    public long? CheckpointSize { get; init; }

    /// <summary>The kind as words: <c>altered</c>, <c>chain broken</c>, <c>missing</c>, …</summary>
    public string KindText => Kind switch
    {
        AuditDamage.Altered => "altered",
        AuditDamage.ChainBroken => "chain broken",
        AuditDamage.Missing => "missing",
        AuditDamage.OutOfOrder => "out of order",
        AuditDamage.Duplicated => "duplicated",
        AuditDamage.CheckpointMismatch => "checkpoint mismatch",
        AuditDamage.BadSignature => "bad signature",
        AuditDamage.WitnessMismatch => "witness mismatch",
        _ => Kind.ToString(),
    };
}
