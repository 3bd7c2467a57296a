using Confide.Core.Audit;
using Confide.Core.Organisations;
using Confide.Core.Staff;
using Shouldly;
using Xunit;

namespace Confide.Core.Tests.Audit;

public sealed class ExceptionReportTests
{
    private static readonly TimeZoneInfo Uk = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static readonly ExceptionReport.WorkingHours Office = ExceptionReport.WorkingHours.Office;

    // Wednesday 15 July 2026, British Summer Time (UTC+1); Wednesday 14 January 2026, GMT.
    private static AuditEvent Event(DateTimeOffset at, string action = "read", AuditOutcome outcome = AuditOutcome.Allowed, string? purpose = "case-work", string? rule = "assigned-coordinator") =>
        new(at, new OrganisationId(Guid.NewGuid()), UserId.New(), action, "family", Guid.NewGuid().ToString("D"), "file", purpose, null, outcome, rule, "req");

    private static AccessException Classify(AuditEvent e) => ExceptionReport.Classify(e, Uk, Office);

    [Fact]
    public void Classify_OpeningWithReasonInWorkingHours_IsNoException() =>
        Classify(Event(new DateTimeOffset(2026, 7, 15, 10, 0, 0, TimeSpan.Zero))).ShouldBe(AccessException.None);

    [Fact]
    public void Classify_Refusal_IsAnException_WhateverTheTime() =>
        Classify(Event(new DateTimeOffset(2026, 7, 15, 10, 0, 0, TimeSpan.Zero), outcome: AuditOutcome.Refused, rule: "no-relationship")).ShouldBe(AccessException.Refused);

    [Fact]
    public void Classify_BreakGlass_IsAnException() =>
        Classify(Event(new DateTimeOffset(2026, 7, 15, 10, 0, 0, TimeSpan.Zero), action: "break-glass", purpose: "emergency", rule: "break-glass")).ShouldBe(AccessException.BreakGlass);

    [Fact]
    public void Classify_OpeningWithoutAReason_IsAnException() =>
        Classify(Event(new DateTimeOffset(2026, 7, 15, 10, 0, 0, TimeSpan.Zero), purpose: null)).ShouldBe(AccessException.WithoutReason);

    [Fact]
    public void Classify_UsesUkTime_SoSevenUtcInSummerIsEightLocalAndInHours() =>
        Classify(Event(new DateTimeOffset(2026, 7, 15, 7, 0, 0, TimeSpan.Zero))).ShouldBe(AccessException.None);

    [Fact]
    public void Classify_SevenUtcInWinterIsSevenLocal_OutOfHours() =>
        Classify(Event(new DateTimeOffset(2026, 1, 14, 7, 0, 0, TimeSpan.Zero))).ShouldBe(AccessException.OutOfHours);

    [Fact]
    public void Classify_SixPmLocal_IsOutOfHours_AndAWeekend_IsOutOfHours()
    {
        Classify(Event(new DateTimeOffset(2026, 7, 15, 17, 0, 0, TimeSpan.Zero))).ShouldBe(AccessException.OutOfHours);
        Classify(Event(new DateTimeOffset(2026, 7, 18, 11, 0, 0, TimeSpan.Zero))).ShouldBe(AccessException.OutOfHours);
    }

    [Fact]
    public void Classify_OutOfHoursWithoutReason_CarriesBoth() =>
        Classify(Event(new DateTimeOffset(2026, 7, 18, 23, 0, 0, TimeSpan.Zero), purpose: null)).ShouldBe(AccessException.OutOfHours | AccessException.WithoutReason);

    [Fact]
    public void Classify_ListsAndChangesOutOfHours_AreNotOpenings() =>
        Classify(Event(new DateTimeOffset(2026, 7, 18, 23, 0, 0, TimeSpan.Zero), action: "discover", purpose: null)).ShouldBe(AccessException.None);

    [Fact]
    public void Build_KeepsOnlyExceptions_InOrder()
    {
        var quiet = Event(new DateTimeOffset(2026, 7, 15, 10, 0, 0, TimeSpan.Zero));
        var refused = Event(new DateTimeOffset(2026, 7, 15, 11, 0, 0, TimeSpan.Zero), outcome: AuditOutcome.Refused);
        var late = Event(new DateTimeOffset(2026, 7, 15, 22, 0, 0, TimeSpan.Zero));
        var entries = new[] { quiet, refused, late }.Select((e, i) => new AuditEntry(i + 1, e, new byte[32], new byte[32]));
        ExceptionReport.Build(entries, Uk, Office).Select(r => r.Entry.Event).ShouldBe([refused, late]);
    }
}
