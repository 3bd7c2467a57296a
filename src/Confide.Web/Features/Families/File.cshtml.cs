using Confide.Core.Access;
using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Data.Families;
using Confide.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confide.Web.Features.Families;

/// <summary>The family file: household, referral, support and notes, cut to the reader's view; add and finalise notes.</summary>
public sealed class FileModel(FamilyFileAccess files, NoteRecords notes, CurrentActor current, TimeProvider time) : PageModel
{
    public FamilyFileAccess.Opened? Opened { get; private set; }

    public IReadOnlyList<ValidationError> Errors { get; private set; } = [];

    public bool CanWrite { get; private set; }

    private bool Refused { get; set; }

    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    [BindProperty]
    public DateOnly? ContactOn { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    public bool HasError(string field) => Errors.Any(e => e.Field == field);

    /// <summary>Set when the person may not open the file: the decision, to explain why (and offer break-glass).</summary>
    public AccessDecision? Refusal { get; private set; }

    /// <summary>The person asking, to decide what the refusal page offers.</summary>
    public Actor? Actor { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var outcome = await files.OpenAsync(new FamilyId(id), AccessAction.Read, "file", ct);
        switch (outcome.Status)
        {
            case FamilyFileAccess.Status.NotFound:
                return NotFound();
            case FamilyFileAccess.Status.ReasonRequired:
                return Redirect($"/families/{id}/reason");
            case FamilyFileAccess.Status.Refused:
                Refusal = outcome.Decision;
                Actor = await current.GetAsync(ct);
                Response.StatusCode = StatusCodes.Status403Forbidden;
                return Page();
        }

        Opened = outcome.File;
        CanWrite = await files.AllowsAsync(Opened!, AccessAction.Write, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostNoteAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadForWriteAsync(id, ct))
        {
            return StatusCode(Refused ? StatusCodes.Status403Forbidden : StatusCodes.Status404NotFound);
        }

        var result = await notes.DraftAsync(Opened!.Actor.OrganisationId, new FamilyId(id), Opened.Actor.UserId, ContactOn ?? Today, Text ?? "", ct);
        return await AfterAsync(id, result.Errors, ct);
    }

    public async Task<IActionResult> OnPostFinaliseAsync(Guid id, Guid noteId, CancellationToken ct)
    {
        if (!await LoadForWriteAsync(id, ct))
        {
            return StatusCode(Refused ? StatusCodes.Status403Forbidden : StatusCodes.Status404NotFound);
        }

        if (Opened!.File.Notes.All(n => n.Id.Value != noteId))
        {
            return NotFound();
        }

        var result = await notes.FinaliseAsync(Opened.Actor.OrganisationId, new NoteId(noteId), Opened.Actor.UserId, ct);
        return await AfterAsync(id, result.Errors, ct);
    }

    private async Task<IActionResult> AfterAsync(Guid id, IReadOnlyList<ValidationError> errors, CancellationToken ct)
    {
        if (errors.Count == 0)
        {
            return Redirect($"/families/{id}");
        }

        Errors = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    // A change is its own decision (write) on the record of access; the file shown beside the errors is the write's view.
    private async Task<bool> LoadForWriteAsync(Guid id, CancellationToken ct)
    {
        var outcome = await files.OpenAsync(new FamilyId(id), AccessAction.Write, "notes", ct);
        Opened = outcome.File;
        Refused = outcome.Status == FamilyFileAccess.Status.Refused;
        CanWrite = Opened is not null;
        return CanWrite;
    }
}
