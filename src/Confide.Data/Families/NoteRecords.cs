using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Staff;
using Confide.Data.Records;
using Microsoft.EntityFrameworkCore;

namespace Confide.Data.Families;

/// <summary>Writes contact and visit notes: drafts, revisions, finalising (dating and signing), and amendments.</summary>
public sealed class NoteRecords(ConfideDbContext db, FamilyRecords families, TimeProvider time)
{
    /// <summary>The family a note belongs to and its author, without decrypting it (for the access check); null when not found.</summary>
    public async Task<(FamilyId Family, UserId Author)?> LocateAsync(OrganisationId org, NoteId id, CancellationToken ct = default)
    {
        var row = await db.Notes.AsNoTracking().Where(n => n.Id == id.Value && n.OrganisationId == org.Value)
            .Select(n => new { n.FamilyId, n.AuthorId }).FirstOrDefaultAsync(ct);
        return row is null ? null : (new FamilyId(row.FamilyId), new UserId(row.AuthorId));
    }

    public async Task<Result<Note>> DraftAsync(OrganisationId org, FamilyId family, UserId author, DateOnly contactOn, string text, CancellationToken ct = default)
    {
        if (!await db.Families.AnyAsync(f => f.Id == family.Value && f.OrganisationId == org.Value, ct))
        {
            return NotFound<Note>("familyId", "family");
        }

        var note = Note.Draft(family, author, contactOn, text, time.GetUtcNow());
        return note.Succeeded ? await InsertAsync(org, note.Value, ct) : note;
    }

    public Task<Result<Note>> ReviseAsync(OrganisationId org, NoteId id, UserId editor, string text, CancellationToken ct = default) =>
        ChangeAsync(org, id, n => n.Revise(editor, text), ct);

    public Task<Result<Note>> FinaliseAsync(OrganisationId org, NoteId id, UserId signer, CancellationToken ct = default) =>
        ChangeAsync(org, id, n => n.Finalise(signer, time.GetUtcNow()), ct);

    public async Task<Result<Note>> AmendAsync(OrganisationId org, NoteId id, UserId author, string text, CancellationToken ct = default)
    {
        var (row, original) = await LoadAsync(org, id, ct);
        if (row is null || original is null)
        {
            return NotFound<Note>("noteId", "note");
        }

        var amendment = original.Amend(author, text, time.GetUtcNow());
        return amendment.Succeeded ? await InsertAsync(org, amendment.Value, ct) : amendment;
    }

    private async Task<Result<Note>> ChangeAsync(OrganisationId org, NoteId id, Func<Note, Result<Note>> change, CancellationToken ct)
    {
        var (row, note) = await LoadAsync(org, id, ct);
        if (row is null || note is null)
        {
            return NotFound<Note>("noteId", "note");
        }

        var changed = change(note);
        if (!changed.Succeeded)
        {
            return changed;
        }

        using var cipher = await families.CipherAsync(row.FamilyId, ct);
        var updated = RowMapping.ToRow(changed.Value, org, cipher);
        db.Entry(row).CurrentValues.SetValues(updated);
        await db.SaveChangesAsync(ct);
        return changed;
    }

    private async Task<(NoteRow? Row, Note? Note)> LoadAsync(OrganisationId org, NoteId id, CancellationToken ct)
    {
        var row = await db.Notes.FirstOrDefaultAsync(n => n.Id == id.Value && n.OrganisationId == org.Value, ct);
        if (row is null)
        {
            return (null, null);
        }

        using var cipher = await families.CipherAsync(row.FamilyId, ct);
        return (row, RowMapping.ToDomain(row, cipher));
    }

    private async Task<Result<Note>> InsertAsync(OrganisationId org, Note note, CancellationToken ct)
    {
        using var cipher = await families.CipherAsync(note.FamilyId.Value, ct);
        db.Notes.Add(RowMapping.ToRow(note, org, cipher));
        await db.SaveChangesAsync(ct);
        return Result<Note>.Ok(note);
    }

    internal static Result<T> NotFound<T>(string field, string what) =>
        Result<T>.Fail(field, "not_found", $"There is no such {what} in this organisation.");
}
