using Confide.Core.Audit;
using Confide.Data.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Confide.Data.Audit;

/// <summary>
/// Seals the log: at most a second after new entries are committed, signs a checkpoint over the Merkle tree of
/// every entry so far. Keeps the tree's frontier in memory (rebuilt at start-up from the stored leaf hashes and
/// checked against the last checkpoint), and checks each new entry's leaf and chain hash before signing over it:
/// a damaged log is never sealed. Several instances may seal one database; a checkpoint of a size already sealed
/// is ignored.
/// </summary>
public sealed partial class AuditCheckpointer(
    StorageOptions options, AuditReader reader, AuditSigningKeys keys, AuditLog log, TimeProvider time, ILogger<AuditCheckpointer> logger)
    : BackgroundService
{
    /// <summary>The longest an entry waits for its checkpoint, and the shortest time between two checkpoints.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly MerkleTreeBuilder _tree = new();
    private byte[] _chainHead = AuditHashing.Genesis.ToArray();
    private bool _loaded;

    /// <summary>Signs a checkpoint over every entry committed so far; null when the latest checkpoint already covers them.</summary>
    /// <exception cref="AuditLogDamagedException">The entries do not check out; nothing is signed.</exception>
    public async Task<Checkpoint?> SealNowAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var latest = await reader.ReadLatestCheckpointAsync(ct);
            if (!_loaded)
            {
                await LoadAsync(latest, ct);
            }

            var (head, _) = await reader.ReadHeadAsync(ct);
            if (head <= (latest?.TreeSize ?? 0))
            {
                return null;
            }

            await CatchUpAsync(head, ct);
            var checkpoint = await keys.SignAsync(_tree.Size, _tree.ComputeRoot(), _chainHead.ToArray(), ct);
            return await InsertAsync(checkpoint, ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            // Seal what the last requests wrote, so a clean shutdown leaves nothing unsealed.
            await SealNowAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogSealFailed(logger, ex);
        }
    }

    public override void Dispose()
    {
        base.Dispose();
        _gate.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lastSeal = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Woken by this instance's commits, and once a second for other instances' entries.
                using (var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
                {
                    wait.CancelAfter(Interval);
                    try
                    {
                        await log.Commits.WaitToReadAsync(wait.Token);
                    }
                    catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                    {
                    }
                }

                while (log.Commits.TryRead(out _))
                {
                }

                var due = lastSeal + Interval - time.GetUtcNow();
                if (due > TimeSpan.Zero)
                {
                    await Task.Delay(due, time, stoppingToken);
                }

                if (await SealNowAsync(stoppingToken) is not null)
                {
                    lastSeal = time.GetUtcNow();
                    await CopyWalBackAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                LogSealFailed(logger, ex);
                try
                {
                    await Task.Delay(Interval * 5, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
    }

    /// <summary>Rebuilds the frontier from the leaf hashes up to the latest checkpoint, and checks it still matches.</summary>
    private async Task LoadAsync(Checkpoint? latest, CancellationToken ct)
    {
        _tree.Reset();
        _chainHead = AuditHashing.Genesis.ToArray();
        if (latest is not null)
        {
            await foreach (var (sequence, leaf) in reader.ReadLeafHashesAsync(0, latest.TreeSize, ct))
            {
                if (sequence != _tree.Size + 1 || leaf.Length != AuditHashing.HashSize)
                {
                    throw new AuditLogDamagedException($"Audit entry #{_tree.Size + 1} is missing or malformed below checkpoint {latest.TreeSize}; run 'confide audit verify'.");
                }

                _tree.Append(leaf);
            }

            var (_, chainHead) = await reader.ReadHeadAsync(upToSequence: latest.TreeSize, ct);
            if (_tree.Size != latest.TreeSize || !_tree.ComputeRoot().AsSpan().SequenceEqual(latest.RootHash) || !chainHead.AsSpan().SequenceEqual(latest.ChainHead))
            {
                throw new AuditLogDamagedException($"The audit entries no longer match checkpoint {latest.TreeSize}; run 'confide audit verify'.");
            }

            _chainHead = chainHead;
        }

        _loaded = true;
    }

    /// <summary>Adds the entries after the frontier up to <paramref name="head"/>, checking each one's hashes.</summary>
    private async Task CatchUpAsync(long head, CancellationToken ct)
    {
        var leaf = new byte[AuditHashing.HashSize];
        var link = new byte[AuditHashing.HashSize];
        var tree = _tree.Size;
        await foreach (var entry in reader.ReadAllAsync(_tree.Size, head, ct))
        {
            var expected = _tree.Size + 1;
            var good = entry.Sequence == expected && entry.LeafHash.Length == AuditHashing.HashSize && entry.ChainHash.Length == AuditHashing.HashSize;
            if (good)
            {
                AuditHashing.LeafHash(entry.Sequence, entry.Event, leaf);
                AuditHashing.ChainHash(_chainHead, entry.LeafHash, link);
                good = leaf.AsSpan().SequenceEqual(entry.LeafHash) && link.AsSpan().SequenceEqual(entry.ChainHash);
            }

            if (!good)
            {
                // Forget the partly built frontier: the next attempt starts again from the last checkpoint.
                _loaded = false;
                throw new AuditLogDamagedException($"Audit entry #{expected} does not check out (altered, missing or out of place); the log is not sealed. Run 'confide audit verify'.");
            }

            _tree.Append(leaf);
            entry.ChainHash.CopyTo(_chainHead, 0);
        }

        if (_tree.Size != head)
        {
            _loaded = false;
            throw new AuditLogDamagedException($"Audit entries #{_tree.Size + 1}–#{head} could not be read after #{tree}; the log is not sealed.");
        }
    }

    /// <summary>
    /// SQLite: copies the write-ahead log back into the database (a passive checkpoint, which never blocks the
    /// audit writer), here in the background since the audit writer does not do it after its commits.
    /// </summary>
    private async Task CopyWalBackAsync(CancellationToken ct)
    {
        if (options.Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        await using var connection = await reader.OpenAuditAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private async Task<Checkpoint> InsertAsync(Checkpoint checkpoint, CancellationToken ct)
    {
        await using var connection = await reader.OpenAuditAsync(ct);
        await using var cmd = connection.CreateCommand();
        var insert = options.Provider == DatabaseProvider.Postgres ? "INSERT INTO" : "INSERT OR IGNORE INTO";
        var conflict = options.Provider == DatabaseProvider.Postgres ? " ON CONFLICT (tree_size) DO NOTHING" : "";
        cmd.CommandText = $"{insert} audit_checkpoints ({AuditRows.CheckpointColumns}) VALUES (@size, @root, @head, @at, @key, @signature){conflict}";
        AuditRows.Parameter(cmd, "@size", checkpoint.TreeSize);
        AuditRows.Parameter(cmd, "@root", checkpoint.RootHash);
        AuditRows.Parameter(cmd, "@head", checkpoint.ChainHead);
        AuditRows.Parameter(cmd, "@at", AuditRows.Time(options.Provider, checkpoint.SignedAt));
        AuditRows.Parameter(cmd, "@key", checkpoint.KeyId);
        AuditRows.Parameter(cmd, "@signature", checkpoint.Signature);
        if (await cmd.ExecuteNonQueryAsync(ct) == 1)
        {
            return checkpoint;
        }

        // Another instance sealed the same size first: theirs stands (it signs the same root and chain head).
        return await reader.ReadCheckpointAsync(checkpoint.TreeSize, ct) ?? checkpoint;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The audit log could not be sealed; entries stay unsealed until it can.")]
    private static partial void LogSealFailed(ILogger logger, Exception exception);
}
