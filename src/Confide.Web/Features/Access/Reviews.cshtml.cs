using Confide.Core.Access;
using Confide.Core.Audit;
using Confide.Core.Common;
using Confide.Data.Access;
using Confide.Data.Audit;
using Confide.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confide.Web.Features.Access;

/// <summary>The safeguarding lead's break-glass alerts and the reviews owed afterwards: was each emergency access justified?</summary>
public sealed class ReviewsModel(CurrentActor current, BreakGlass breakGlass, Alerts alerts, AuditReader reader, StaffNames names, FamilyReferences references, AccessAudit audit) : PageModel
{
    public Actor Actor { get; private set; } = null!;

    public IReadOnlyList<BreakGlassReview> Reviews { get; private set; } = [];

    public IReadOnlyList<Alert> Alerts { get; private set; } = [];

    public IReadOnlyDictionary<(Guid User, Guid Family), AuditEntry> Reasons { get; private set; } = new Dictionary<(Guid, Guid), AuditEntry>();

    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyDictionary<Guid, string> References { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyList<ValidationError> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostReviewAsync(Guid reviewId, BreakGlassOutcome outcome, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var done = await breakGlass.CompleteReviewAsync(Actor.OrganisationId, new BreakGlassReviewId(reviewId), Actor.UserId, outcome, ct);
        if (!done.Succeeded)
        {
            Errors = done.Errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await audit.RecordAsync(Actor, "break-glass.review", "break-glass-review", reviewId.ToString("D"), AuditOutcome.Allowed,
            rule: outcome == BreakGlassOutcome.Justified ? "justified" : "not-justified", ct: ct);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAsync(Guid alertId, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        await alerts.MarkReadAsync(Actor.UserId, new AlertId(alertId), ct);
        return RedirectToPage();
    }

    public string NameOf(Guid id) => Names.GetValueOrDefault(id, "(unknown account)");

    public string ReferenceOf(Guid id) => References.GetValueOrDefault(id, "?");

    /// <summary>A break-glass alert points at its review; the family is the review's.</summary>
    public string AlertedReference(Alert alert) =>
        Reviews.FirstOrDefault(r => r.Id.Value == alert.ResourceId) is { } review ? ReferenceOf(review.FamilyId.Value) : "(already reviewed)";

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await current.GetAsync(ct) is not { } actor || !StaffTasks.May(actor, StaffTask.ReviewBreakGlass))
        {
            return false;
        }

        Actor = actor;
        Reviews = await breakGlass.OpenReviewsAsync(actor.OrganisationId, ct);
        Alerts = (await alerts.ForAsync(actor.UserId, ct)).Where(a => a.Unread).ToList();
        var glass = await reader.QueryAsync(new AuditQuery(actor.OrganisationId) { Actions = new HashSet<string> { "break-glass" }, Outcome = AuditOutcome.Allowed, Limit = 2_000 }, ct);
        Reasons = glass.Where(e => e.Event.ActorId is not null && Guid.TryParse(e.Event.ResourceId, out _))
            .GroupBy(e => (e.Event.ActorId!.Value.Value, Guid.Parse(e.Event.ResourceId!)))
            .ToDictionary(g => g.Key, g => g.First());
        Names = await names.ForAsync(actor.OrganisationId, ct);
        References = await references.ForAsync(actor.OrganisationId, Reviews.Select(r => r.FamilyId.Value), ct);
        return true;
    }
}
