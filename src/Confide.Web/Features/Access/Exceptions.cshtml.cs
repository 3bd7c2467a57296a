using Confide.Core.Access;
using Confide.Core.Audit;
using Confide.Core.Organisations;
using Confide.Data.Audit;
using Confide.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confide.Web.Features.Access;

/// <summary>The trustees' exception report (SUF-21): refusals, break-glass, openings without a reason, out-of-hours access. Metadata only.</summary>
public sealed class ExceptionsModel(CurrentActor current, AuditReader reader, AccessAudit audit, StaffNames names, FamilyReferences references, TimeProvider time) : PageModel
{
    public const int MaxEntries = 20_000;

    public static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public IReadOnlyList<ExceptionReport.Row> Rows { get; private set; } = [];

    public bool Truncated { get; private set; }

    public string? Error { get; private set; }

    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyDictionary<Guid, string> References { get; private set; } = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await current.GetAsync(ct) is not { } actor || !StaffTasks.May(actor, StaffTask.ViewExceptionReport))
        {
            return NotFound();
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        From ??= today.AddDays(-30);
        To ??= today;
        if (From > To)
        {
            Error = "The start date must be on or before the end date.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        (Rows, Truncated) = await BuildAsync(reader, actor.OrganisationId, From.Value, To.Value, ct);
        Names = await names.ForAsync(actor.OrganisationId, ct);
        References = await references.ForAsync(actor.OrganisationId,
            Rows.Where(r => r.Entry.Event.ResourceKind == "family" && Guid.TryParse(r.Entry.Event.ResourceId, out _)).Select(r => Guid.Parse(r.Entry.Event.ResourceId!)), ct);
        await audit.RecordAsync(actor, "report", "exception-report", null, AuditOutcome.Allowed, ct: ct);
        return Page();
    }

    /// <summary>The exception report over the UTC days <paramref name="from"/> to <paramref name="to"/> inclusive (page and API alike).</summary>
    public static async Task<(IReadOnlyList<ExceptionReport.Row> Rows, bool Truncated)> BuildAsync(
        AuditReader reader, OrganisationId org, DateOnly from, DateOnly to, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = await reader.QueryAsync(new AuditQuery(org)
        {
            From = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            To = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            Limit = MaxEntries,
        }, ct);
        return (ExceptionReport.Build(entries, UkTime, ExceptionReport.WorkingHours.Office), entries.Count == MaxEntries);
    }

    public static string Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, UkTime).ToString("ddd d MMM yyyy HH:mm");

    public string NameOf(Guid? id) => id is { } v && Names.TryGetValue(v, out var n) ? n : "(unknown account)";

    public string ResourceOf(AuditEvent e) =>
        e.ResourceKind == "family" && Guid.TryParse(e.ResourceId, out var id) && References.TryGetValue(id, out var reference)
            ? $"Family {reference}"
            : $"{e.ResourceKind} {e.ResourceId}";

    public static string Describe(AccessException why) => string.Join(", ", new[]
    {
        why.HasFlag(AccessException.Refused) ? "refused" : null,
        why.HasFlag(AccessException.BreakGlass) ? "break-glass" : null,
        why.HasFlag(AccessException.WithoutReason) ? "no reason given" : null,
        why.HasFlag(AccessException.OutOfHours) ? "out of hours" : null,
    }.OfType<string>());
}
