namespace Confide.Core.Audit;

/// <summary>
/// Picks out the entries trustees must see: refusals, break-glass, file openings without a reason, and openings
/// outside working hours in the organisation's time zone. Metadata only: the entries hold identifiers, no content.
/// </summary>
public static class ExceptionReport
{
    /// <summary>Working hours: Monday to Friday, from <paramref name="Start"/> to <paramref name="End"/> local time.</summary>
    public sealed record WorkingHours(TimeOnly Start, TimeOnly End)
    {
        /// <summary>08:00 to 18:00.</summary>
        public static WorkingHours Office { get; } = new(new TimeOnly(8, 0), new TimeOnly(18, 0));
    }

    /// <summary>One entry on the report and why it is there.</summary>
    public sealed record Row(AuditEntry Entry, AccessException Why);

    /// <summary>The entries that are exceptions, in the order given.</summary>
    public static IReadOnlyList<Row> Build(IEnumerable<AuditEntry> entries, TimeZoneInfo zone, WorkingHours hours)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(hours);
        return entries.Select(e => new Row(e, Classify(e.Event, zone, hours))).Where(r => r.Why != AccessException.None).ToList();
    }

    /// <summary>Why one event is an exception, or <see cref="AccessException.None"/>.</summary>
    public static AccessException Classify(AuditEvent e, TimeZoneInfo zone, WorkingHours hours)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(hours);
        var why = AccessException.None;
        if (e.Outcome == AuditOutcome.Refused)
        {
            why |= AccessException.Refused;
        }

        if (e.Action == "break-glass" || e.Rule == "break-glass")
        {
            why |= AccessException.BreakGlass;
        }

        var opening = e.Outcome == AuditOutcome.Allowed && e.Action == "read";
        if (opening && e.Purpose is null)
        {
            why |= AccessException.WithoutReason;
        }

        if (opening)
        {
            var local = TimeZoneInfo.ConvertTime(e.At, zone);
            var time = TimeOnly.FromDateTime(local.DateTime);
            if (local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || time < hours.Start || time >= hours.End)
            {
                why |= AccessException.OutOfHours;
            }
        }

        return why;
    }
}
