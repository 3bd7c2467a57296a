using Confide.Core.Access;
using Confide.Core.Audit;
using Confide.Data.Audit;

namespace Confide.Web.Features.Access;

/// <summary>
/// Writes access decisions and access-control changes to the audit log, identifiers only, tied to the request.
/// The write is awaited: a file is shown only once its opening is on the record of access.
/// </summary>
public sealed class AccessAudit(AuditLog log, IHttpContextAccessor http, TimeProvider time)
{
    /// <summary>An access decision about a file: the opening, the refusal, the rule that made it, and the reason given.</summary>
    public Task RecordDecisionAsync(Actor actor, AccessAction action, string resourceKind, Guid resourceId, string part,
        AccessDecision decision, AccessReason? reason, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(decision);
        return log.AppendAsync(Event(actor, ActionCode(action), resourceKind, resourceId.ToString("D"), part,
            decision.Allowed ? AuditOutcome.Allowed : AuditOutcome.Refused, decision.Rule, reason), ct);
    }

    /// <summary>Any other audited act (a grant issued, an exclusion declared, the glass broken, …).</summary>
    public Task RecordAsync(Actor actor, string action, string resourceKind, string? resourceId, AuditOutcome outcome,
        string? rule = null, AccessReason? reason = null, string? part = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return log.AppendAsync(Event(actor, action, resourceKind, resourceId, part, outcome, rule, reason), ct);
    }

    /// <summary>Several access decisions at once (the families in a list of search results).</summary>
    public Task RecordDiscoveriesAsync(Actor actor, IEnumerable<(Guid FamilyId, AccessDecision Decision)> decisions, string part, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var events = decisions
            .Select(d => Event(actor, "discover", "family", d.FamilyId.ToString("D"), part,
                d.Decision.Allowed ? AuditOutcome.Allowed : AuditOutcome.Refused, d.Decision.Rule, null))
            .ToList();
        return events.Count == 0 ? Task.CompletedTask : log.AppendAsync(events, ct);
    }

    public static string ActionCode(AccessAction action) => action switch
    {
        AccessAction.Read => "read",
        AccessAction.Write => "write",
        AccessAction.Discover => "discover",
        AccessAction.Export => "export",
        AccessAction.Share => "share",
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    public static string PurposeCode(AccessPurpose purpose) => purpose switch
    {
        AccessPurpose.CaseWork => "case-work",
        AccessPurpose.Supervision => "supervision",
        AccessPurpose.Safeguarding => "safeguarding",
        AccessPurpose.SpotCheck => "spot-check",
        AccessPurpose.Audit => "audit",
        AccessPurpose.SubjectRequest => "subject-request",
        AccessPurpose.Emergency => "emergency",
        _ => "other",
    };

    /// <summary>Reads a purpose code as written by <see cref="PurposeCode"/>.</summary>
    public static bool TryParsePurpose(string? code, out AccessPurpose purpose)
    {
        foreach (var p in Enum.GetValues<AccessPurpose>())
        {
            if (string.Equals(PurposeCode(p), code, StringComparison.Ordinal))
            {
                purpose = p;
                return true;
            }
        }

        purpose = default;
        return false;
    }

    private AuditEvent Event(Actor actor, string action, string kind, string? id, string? part, AuditOutcome outcome, string? rule, AccessReason? reason) =>
        new(time.GetUtcNow(), actor.OrganisationId, actor.UserId, action, kind, id, part,
            reason is null ? null : PurposeCode(reason.Purpose), reason?.Detail, outcome, rule, http.HttpContext?.TraceIdentifier);
}
