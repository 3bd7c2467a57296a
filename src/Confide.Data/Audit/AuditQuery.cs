using Confide.Core.Audit;
using Confide.Core.Organisations;

namespace Confide.Data.Audit;

/// <summary>
/// Which entries of one organisation's audit log to read: a file's record of access (kind and id), one person's
/// actions, a time window, refusals only, particular actions or rules. Unset filters match everything.
/// </summary>
public sealed record AuditQuery(OrganisationId OrganisationId)
{
    /// <summary>The most entries a query returns, unless it says otherwise.</summary>
    public const int DefaultLimit = 500;

    public string? ResourceKind { get; init; }
    public string? ResourceId { get; init; }
    public Core.Staff.UserId? ActorId { get; init; }

    /// <summary>From this time (inclusive).</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Up to this time (exclusive).</summary>
    public DateTimeOffset? To { get; init; }

    public AuditOutcome? Outcome { get; init; }
    public IReadOnlySet<string>? Actions { get; init; }
    public IReadOnlySet<string>? Rules { get; init; }
    public int Limit { get; init; } = DefaultLimit;

    /// <summary>Newest entries first (the default), or oldest first.</summary>
    public bool NewestFirst { get; init; } = true;
}
