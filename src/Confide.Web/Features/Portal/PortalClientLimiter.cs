using System.Collections.Concurrent;

namespace Confide.Web.Features.Portal;

/// <summary>
/// Refuses a client address for the rest of a 15-minute window once it has had <see cref="MaxRefusals"/> refusals on
/// the portal (wrong passcodes, links that do not exist), whatever the link: guessing across many shares is stopped
/// as well as guessing one. Kept in memory on each web node (the per-share lock, in the database, is the wall that
/// holds across nodes); the address itself is never stored or logged.
/// </summary>
public sealed class PortalClientLimiter(TimeProvider time)
{
    public const int MaxRefusals = 20;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<string, Tally> _windows = new(StringComparer.Ordinal);

    /// <summary>True when the address has used up its refusals for now.</summary>
    public bool IsLimited(string client) =>
        _windows.TryGetValue(client, out var w) && w.Until > time.GetUtcNow() && w.Count >= MaxRefusals;

    /// <summary>Counts one refusal against the address.</summary>
    public void Refused(string client)
    {
        var now = time.GetUtcNow();
        _windows.AddOrUpdate(client, _ => new Tally(1, now + Window), (_, w) => w.Until > now ? w with { Count = w.Count + 1 } : new Tally(1, now + Window));
        if (_windows.Count > 100_000)
        {
            // Bounded: forget windows that have ended.
            foreach (var (key, w) in _windows)
            {
                if (w.Until <= now)
                {
                    _windows.TryRemove(key, out _);
                }
            }
        }
    }

    /// <summary>The address a request came from, as the limiter counts it.</summary>
    public static string ClientOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private readonly record struct Tally(int Count, DateTimeOffset Until);
}
