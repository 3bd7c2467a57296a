using Confide.Core.Access;
using Confide.Core.Common;
using Confide.Core.Families;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confide.Web.Features.Families;

/// <summary>Emergency access to a file outside one's relationships: a mandatory reason, an alert to the safeguarding lead, a review afterwards.</summary>
public sealed class BreakGlassModel(FamilyFileAccess files) : PageModel
{
    public const int MinDetail = 10;

    public const int MaxDetail = 200;

    [BindProperty]
    public string? Detail { get; set; }

    public IReadOnlyList<ValidationError> Errors { get; private set; } = [];

    public string? Refusal { get; private set; }

    /// <summary>Whether a refusal is one the person might overcome by breaking the glass.</summary>
    public static bool Offered(AccessDecision refusal, Actor? actor) =>
        refusal is { Allowed: false, HideExistence: false } && refusal.Rule == AccessRuleNames.NoRelationship
        && actor is not null && NeedToKnowPolicy.BreakGlassRoles.Any(actor.Has);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var decision = await files.PeekAsync(new FamilyId(id), AccessAction.Read, ct);
        return decision is null || decision.HideExistence ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var detail = Detail?.Trim() ?? "";
        if (detail.Length < MinDetail || detail.Length > MaxDetail)
        {
            Errors = [new ValidationError("detail", detail.Length < MinDetail ? "required" : "too_long",
                detail.Length < MinDetail
                    ? $"Say why this is an emergency, in at least {MinDetail} characters."
                    : $"Keep the reason to {MaxDetail} characters or fewer (it has {detail.Length:N0}).")];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var outcome = await files.BreakGlassAsync(new FamilyId(id), detail, ct);
        switch (outcome.Status)
        {
            case FamilyFileAccess.Status.NotFound:
                return NotFound();
            case FamilyFileAccess.Status.Opened:
                return Redirect($"/families/{id}");
            default:
                Refusal = outcome.Decision?.Explanation;
                Response.StatusCode = StatusCodes.Status403Forbidden;
                return Page();
        }
    }
}
