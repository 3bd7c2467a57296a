using Confide.Core.Access;
using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Core.Portal;
using Confide.Data.Letters;
using Confide.Web.Features.Families;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confide.Web.Features.Letters;

/// <summary>
/// Letters telling the referrer support started or ended (LEI-24): preview or download each as a PDF, record it as
/// sent (date, method), and the letters already sent, each kept as sent. Needs the full view of the file (part
/// "letters"); recording needs Write.
/// </summary>
[Authorize]
public sealed class LettersModel(FamilyFileAccess files, ReferrerLetters letters, TimeProvider time) : PageModel
{
    public string Reference { get; private set; } = "";

    public Guid FamilyId { get; private set; }

    public AccessDecision? Refusal { get; private set; }

    public bool CanRecord { get; private set; }

    /// <summary>For each kind: null when the letter can be drafted, else why not.</summary>
    public IReadOnlyDictionary<ReferrerLetterKind, string?> Availability { get; private set; } = new Dictionary<ReferrerLetterKind, string?>();

    public IReadOnlyList<SentLetter> Sent { get; private set; } = [];

    /// <summary>For each kind that can be drafted: the letter already sent for the episode it is about, if any.</summary>
    public IReadOnlyDictionary<ReferrerLetterKind, SentLetter?> SentForEpisode { get; private set; } = new Dictionary<ReferrerLetterKind, SentLetter?>();

    public IReadOnlyList<ValidationError> Errors { get; private set; } = [];

    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public DateOnly? SentOn { get; set; }

    [BindProperty]
    public string? Method { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await ShowAsync(id, await files.OpenAsync(new FamilyId(id), AccessAction.Read, "letters", ct, fullViewOnly: true), ct);

    /// <summary>The letter as a PDF, dated today (a draft: nothing is kept until it is recorded as sent).</summary>
    public async Task<IActionResult> OnGetPdfAsync(Guid id, string? kind, CancellationToken ct)
    {
        var outcome = await files.OpenAsync(new FamilyId(id), AccessAction.Read, "letters", ct, fullViewOnly: true);
        if (outcome.Status != FamilyFileAccess.Status.Opened || !LetterCodes.TryParse(kind, out var parsed))
        {
            return outcome.Status == FamilyFileAccess.Status.Opened ? NotFound() : await ShowAsync(id, outcome, ct);
        }

        var opened = outcome.File!;
        var drafted = await letters.DraftAsync(opened.Actor.OrganisationId, opened.File, parsed, opened.Actor.UserId, HttpContext.TraceIdentifier, null, ct);
        if (!drafted.Succeeded)
        {
            Errors = drafted.Errors;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return await ShowAsync(id, outcome, ct);
        }

        return File(drafted.Value.Pdf, "application/pdf", $"{opened.File.Family.Reference}-{kind}.pdf");
    }

    /// <summary>A letter as it was sent.</summary>
    public async Task<IActionResult> OnGetSentAsync(Guid id, Guid letterId, CancellationToken ct)
    {
        var outcome = await files.OpenAsync(new FamilyId(id), AccessAction.Read, "letters", ct, fullViewOnly: true);
        if (outcome.Status != FamilyFileAccess.Status.Opened)
        {
            return await ShowAsync(id, outcome, ct);
        }

        var pdf = await letters.SentPdfAsync(outcome.File!.Actor.OrganisationId, new FamilyId(id), letterId, ct);
        return pdf is null ? NotFound() : File(pdf, "application/pdf", $"{outcome.File.File.Family.Reference}-letter-as-sent.pdf");
    }

    public async Task<IActionResult> OnPostRecordAsync(Guid id, CancellationToken ct)
    {
        var outcome = await files.OpenAsync(new FamilyId(id), AccessAction.Write, "letters", ct, fullViewOnly: true);
        if (outcome.Status != FamilyFileAccess.Status.Opened)
        {
            return await ShowAsync(id, outcome, ct);
        }

        if (!LetterCodes.TryParse(Kind, out var kind))
        {
            Errors = [new ValidationError("kind", "unknown", "Choose which letter was sent: support started or support ended.")];
        }
        else
        {
            var opened = outcome.File!;
            var recorded = await letters.RecordSentAsync(opened.Actor.OrganisationId, opened.File, kind, SentOn, Method, opened.Actor.UserId, HttpContext.TraceIdentifier, ct);
            if (recorded.Succeeded)
            {
                return Redirect($"/families/{id}/letters");
            }

            Errors = recorded.Errors;
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await ShowAsync(id, outcome, ct);
    }

    private async Task<IActionResult> ShowAsync(Guid id, FamilyFileAccess.Outcome outcome, CancellationToken ct)
    {
        switch (outcome.Status)
        {
            case FamilyFileAccess.Status.NotFound:
                return NotFound();
            case FamilyFileAccess.Status.ReasonRequired:
                return Redirect($"/families/{id}/reason");
            case FamilyFileAccess.Status.Refused:
                Refusal = outcome.Decision;
                Response.StatusCode = StatusCodes.Status403Forbidden;
                return Page();
        }

        var opened = outcome.File!;
        FamilyId = id;
        Reference = opened.File.Family.Reference;
        var drafts = Enum.GetValues<ReferrerLetterKind>().ToDictionary(k => k, k => ReferrerLetter.Draft(opened.File, k, "", Today));
        Availability = drafts.ToDictionary(d => d.Key, d => d.Value.Succeeded ? null : d.Value.Errors[0].Message);
        Sent = await letters.ListAsync(opened.Actor.OrganisationId, new FamilyId(id), ct);
        SentForEpisode = drafts.Where(d => d.Value.Succeeded).ToDictionary(d => d.Key,
            d => Sent.FirstOrDefault(l => l.Kind == d.Key && l.EpisodeId == d.Value.Value.EpisodeId.Value));
        CanRecord = await files.AllowsAsync(opened, AccessAction.Write, ct);
        return Page();
    }
}
