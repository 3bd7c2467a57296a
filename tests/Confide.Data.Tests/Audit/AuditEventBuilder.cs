using Confide.Core.Audit;
using Confide.Core.Organisations;
using Confide.Core.Staff;
using Confide.Data.Tests.Infrastructure;

namespace Confide.Data.Tests.Audit;

/// <summary>Fluent audit events: <c>new AuditEventBuilder().For(org).By(user).OnFamily("f1").Refused("no-relationship").Build()</c>.</summary>
public sealed class AuditEventBuilder
{
    public static readonly OrganisationId DefaultOrganisation = new(Guid.Parse("0190f5a0-aaaa-7000-8000-00000000000a"));
    public static readonly UserId DefaultActor = new(Guid.Parse("0190f5a0-bbbb-7000-8000-00000000000b"));

    private AuditEvent _event = new(TestClock.Default, DefaultOrganisation, DefaultActor, "read", "family", "fam-0", "file",
        "casework", null, AuditOutcome.Allowed, "assigned-coordinator", null);

    public AuditEventBuilder For(OrganisationId organisation) => With(e => e with { OrganisationId = organisation });
    public AuditEventBuilder By(UserId? actor) => With(e => e with { ActorId = actor });
    public AuditEventBuilder At(DateTimeOffset at) => With(e => e with { At = at });
    public AuditEventBuilder OnFamily(string id) => With(e => e with { ResourceKind = "family", ResourceId = id });
    public AuditEventBuilder On(string kind, string? id) => With(e => e with { ResourceKind = kind, ResourceId = id });
    public AuditEventBuilder Doing(string action) => With(e => e with { Action = action });
    public AuditEventBuilder Part(string? part) => With(e => e with { Part = part });
    public AuditEventBuilder Because(string? purpose, string? reason) => With(e => e with { Purpose = purpose, Reason = reason });
    public AuditEventBuilder Refused(string rule) => With(e => e with { Outcome = AuditOutcome.Refused, Rule = rule });
    public AuditEventBuilder Rule(string? rule) => With(e => e with { Rule = rule });
    public AuditEventBuilder WithRequest(string? id) => With(e => e with { RequestId = id });

    public AuditEvent Build() => _event;

    private AuditEventBuilder With(Func<AuditEvent, AuditEvent> change)
    {
        _event = change(_event);
        return this;
    }
}
