using Confide.Core.Access;
using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Data.Families;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confide.Web.Features.Families;

/// <summary>The family file: household, referral, support and notes, cut to the reader's view; add and finalise notes.</summary>
public sealed class FileModel(FamilyFileAccess files, NoteRecords notes, TimeProvider time) : PageModel
{
    public FamilyFileAccess.Opened? Opened { get; private set; }

    public IReadOnlyList<ValidationError> Errors { get; private set; } = [];

    public bool CanWrite { get; private set; }

    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    [BindProperty]
    public DateOnly? ContactOn { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    public bool HasError(string field) => Errors.Any(e => e.Field == field);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostNoteAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || !CanWrite)
        {
            return NotFound();
        }

        var result = await notes.DraftAsync(Opened!.Actor.OrganisationId, new FamilyId(id), Opened.Actor.UserId, ContactOn ?? Today, Text ?? "", ct);
        return await AfterAsync(id, result.Errors, ct);
    }

    public async Task<IActionResult> OnPostFinaliseAsync(Guid id, Guid noteId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || !CanWrite || Opened!.File.Notes.All(n => n.Id.Value != noteId))
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

        await LoadAsync(id, ct);
        Errors = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Opened = await files.OpenAsync(new FamilyId(id), AccessAction.Read, ct);
        if (Opened is null)
        {
            return false;
        }

        CanWrite = files.Allows(Opened, AccessAction.Write);
        return true;
    }
}
