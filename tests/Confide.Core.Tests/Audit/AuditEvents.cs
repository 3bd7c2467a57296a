using Confide.Core.Audit;
using Confide.Core.Organisations;
using Confide.Core.Staff;

namespace Confide.Core.Tests.Audit;

/// <summary>Plausible audit events for tests: identifiers only, as the log holds.</summary>
internal static class AuditEvents
{
    public static readonly OrganisationId Organisation = new(Guid.Parse("0190f5a0-1111-7000-8000-000000000001"));
    public static readonly UserId Coordinator = new(Guid.Parse("0190f5a0-2222-7000-8000-000000000002"));
    public static readonly DateTimeOffset Start = new(2026, 11, 21, 9, 30, 0, TimeSpan.Zero);

    public static AuditEvent Read(int i) => new(
        Start.AddMilliseconds(i * 1.5), Organisation, Coordinator, "read", "family", $"fam-{i % 97:D4}", "file",
        "casework", null, i % 11 == 0 ? AuditOutcome.Refused : AuditOutcome.Allowed, "assigned-coordinator", $"req-{i}");

    public static AuditEvent Full() => new(
        new DateTimeOffset(2026, 11, 21, 10, 15, 30, 123, 456, TimeSpan.Zero), Organisation, Coordinator, "break-glass",
        "family", "7b5c0e9e-64f1-4b53-9d0e-1f7c1a8d2e33", "notes", "safeguarding", "child at risk tonight — duty call",
        AuditOutcome.Allowed, "break-glass", "0HN7Q3K2:00000001");
}
