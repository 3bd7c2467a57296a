using System.Threading.Channels;
using Confide.Core.Audit;
using Confide.Data.Storage;
using Microsoft.Extensions.Logging;

namespace Confide.Data.Audit;

/// <summary>
/// Appends events to the audit log. Many callers at once: their events wait in a queue, and one writer takes
/// everything waiting, chains it onto the head of the log in one transaction (group commit) and only then
/// completes the callers' tasks with their sequences. If the write fails, their tasks fault with
/// <see cref="AuditUnavailableException"/>, and the caller must not show what the event was about. Several
/// instances (web nodes) may append to one PostgreSQL database: the chain lock makes them one chain.
/// </summary>
public sealed partial class AuditLog : IAsyncDisposable, IDisposable
{
    /// <summary>The most entries written in one transaction (a single larger append is written whole).</summary>
    public const int MaxBatch = 2_000;

    /// <summary>The longest text field accepted, in characters: entries hold codes and identifiers, not prose.</summary>
    public const int MaxFieldLength = 1_000;

    private readonly Channel<PendingAppend> _queue = Channel.CreateUnbounded<PendingAppend>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Channel<long> _commits = Channel.CreateBounded<long>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
    private readonly AuditChainWriter _writer;
    private readonly ILogger<AuditLog> _logger;
    private readonly Task _loop;

    public AuditLog(StorageOptions options, ILogger<AuditLog> logger)
    {
        _writer = new AuditChainWriter(options);
        _logger = logger;
        _loop = Task.Run(WriteLoopAsync);
    }

    /// <summary>Signals (with the new head's sequence) each time a batch is committed; read by the checkpointer.</summary>
    internal ChannelReader<long> Commits => _commits.Reader;

    /// <summary>Appends one event; returns its sequence once it is committed in the chain.</summary>
    public async Task<long> AppendAsync(AuditEvent auditEvent, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        return (await AppendAsync([auditEvent], ct))[0];
    }

    /// <summary>Appends events, consecutively and in order; returns their sequences once they are committed.</summary>
    public Task<IReadOnlyList<long>> AppendAsync(IReadOnlyList<AuditEvent> events, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<long>>([]);
        }

        foreach (var e in events)
        {
            Validate(e);
        }

        ct.ThrowIfCancellationRequested();
        var pending = new PendingAppend([.. events]);
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(AuditLog), "The audit log is shut down; nothing more can be recorded.");
        }

        // A caller who gives up stops waiting; the entry may still be written (recording an access that was then
        // abandoned is harmless, the opposite is not).
        return pending.Done.Task.WaitAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
        await _writer.DisposeAsync();
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private static void Validate(AuditEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentException.ThrowIfNullOrWhiteSpace(e.Action, nameof(AuditEvent.Action));
        ArgumentException.ThrowIfNullOrWhiteSpace(e.ResourceKind, nameof(AuditEvent.ResourceKind));
        if (!Enum.IsDefined(e.Outcome))
        {
            throw new ArgumentException($"Unknown outcome {e.Outcome}.", nameof(e));
        }

        foreach (var text in (string?[])[e.Action, e.ResourceKind, e.ResourceId, e.Part, e.Purpose, e.Reason, e.Rule, e.RequestId])
        {
            if (text is { Length: > MaxFieldLength })
            {
                throw new ArgumentException($"An audit field is {text.Length} characters; the most is {MaxFieldLength} (identifiers and codes, not prose).", nameof(e));
            }

            if (text is not null && text.Contains('\0', StringComparison.Ordinal))
            {
                throw new ArgumentException("An audit field contains a NUL character, which PostgreSQL cannot store.", nameof(e));
            }
        }

        // Throws for text that is not valid UTF-16, which could not be hashed.
        AuditEncoding.GetByteCount(e);
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<PendingAppend>();
        var events = new List<AuditEvent>();
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            events.Clear();
            while (events.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
                events.AddRange(pending.Events);
            }

            try
            {
                var sequences = await _writer.AppendAsync(events, CancellationToken.None);
                var at = 0;
                foreach (var pending in batch)
                {
                    pending.Done.TrySetResult(sequences[at..(at + pending.Events.Length)]);
                    at += pending.Events.Length;
                }

                _commits.Writer.TryWrite(sequences[^1]);
            }
            catch (Exception ex)
            {
                LogWriteFailed(_logger, ex, events.Count);
                var failure = new AuditUnavailableException("The audit log could not record the event; the database refused or could not be reached.", ex);
                foreach (var pending in batch)
                {
                    pending.Done.TrySetException(failure);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The audit log could not write {Count} entries; their callers were refused.")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, int count);

    private sealed record PendingAppend(AuditEvent[] Events)
    {
        public TaskCompletionSource<IReadOnlyList<long>> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
