using Confide.Core.Audit;
using Confide.Core.Organisations;
using Confide.Core.Staff;
using Confide.Data.Audit;

namespace Confide.Data.Portal;

/// <summary>The portal's audit events: identifiers and codes only (the share's id, the rule), never names or item texts.</summary>
internal static class PortalAudit
{
    public const string Kind = "share";

    public static Task AppendAsync(AuditLog log, DateTimeOffset at, Guid organisationId, UserId? actor, string action, Guid shareId,
        AuditOutcome outcome, string? rule, string? requestId, CancellationToken ct, string? part = null) =>
        log.AppendAsync(new AuditEvent(at, new OrganisationId(organisationId), actor, action, Kind, shareId.ToString("D"), part, null, null, outcome, rule, requestId), ct);
}
