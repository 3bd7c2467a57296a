namespace Confide.Core.Audit;

/// <summary>
/// Checks a log offline: streams its entries in sequence order, recomputing every leaf hash, chain link and the
/// Merkle tree, and checks each checkpoint (signature, root, chain head) as the stream reaches its size. Stops at
/// the first problem and names the first bad entry. The per-entry path does not allocate, so the speed is that of
/// three SHA-256 computations per entry.
/// </summary>
public sealed class AuditVerifier
{
    private readonly PlannedCheckpoint[] _plan;
    private readonly Dictionary<string, AuditPublicKey> _keys;
    private readonly Dictionary<string, AuditPublicKey> _witnessKeys;

    /// <summary>A verifier for a log with these checkpoints, signed by these keys, optionally against a witness's copy.</summary>
    public AuditVerifier(IEnumerable<Checkpoint> checkpoints, IEnumerable<AuditPublicKey> publicKeys, AuditWitness? witness = null)
    {
        ArgumentNullException.ThrowIfNull(checkpoints);
        ArgumentNullException.ThrowIfNull(publicKeys);
        var plan = new SortedDictionary<long, PlannedCheckpoint>();
        foreach (var c in checkpoints)
        {
            // Tree size is the checkpoints' primary key; a repeat would be a forgery, and the first one is checked.
            plan.TryAdd(c.TreeSize, new PlannedCheckpoint(c.TreeSize, c, null));
        }

        foreach (var w in witness?.Checkpoints ?? [])
        {
            plan[w.TreeSize] = new PlannedCheckpoint(w.TreeSize, plan.GetValueOrDefault(w.TreeSize)?.Database, w);
        }

        _plan = [.. plan.Values];
        _keys = publicKeys.GroupBy(k => k.KeyId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _witnessKeys = (witness?.PublicKeys ?? []).GroupBy(k => k.KeyId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>Checks entries given in sequence order (e.g. in memory).</summary>
    public VerificationReport Verify(IEnumerable<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var run = new VerificationRun(_plan, _keys, _witnessKeys);
        if (run.Start())
        {
            foreach (var entry in entries)
            {
                if (!run.Step(entry))
                {
                    break;
                }
            }
        }

        return run.Finish();
    }

    /// <summary>Checks entries streamed in sequence order (e.g. from the database).</summary>
    public async Task<VerificationReport> VerifyAsync(IAsyncEnumerable<AuditEntry> entries, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var run = new VerificationRun(_plan, _keys, _witnessKeys);
        if (run.Start())
        {
            await foreach (var entry in entries.WithCancellation(ct))
            {
                if (!run.Step(entry))
                {
                    break;
                }
            }
        }

        return run.Finish();
    }

    /// <summary>
    /// Starts a pass for a reader that steps through entries itself (e.g. rows from a database through an
    /// <see cref="AuditRowEncoder"/>); call <see cref="VerificationRun.Finish"/> for the report, then dispose it.
    /// </summary>
    public VerificationRun Begin()
    {
        var run = new VerificationRun(_plan, _keys, _witnessKeys);
        run.Start();
        return run;
    }

    internal sealed record PlannedCheckpoint(long Size, Checkpoint? Database, Checkpoint? Witness);
}
