using Confide.Core.Common;
using Confide.Core.Staff;

namespace Confide.Core.Families;

/// <summary>
/// A contact or visit note. Drafts can be revised by their author; finalising dates and signs it, after which
/// it can never be edited — a correction is a new note that amends it (so a witness statement can rely on it).
/// </summary>
public sealed record Note
{
    /// <summary>The note's identifier.</summary>
    public required NoteId Id { get; init; }

    /// <summary>The family file it belongs to.</summary>
    public required FamilyId FamilyId { get; init; }

    /// <summary>Who wrote it.</summary>
    public required UserId AuthorId { get; init; }

    /// <summary>The day of the contact or visit.</summary>
    public required DateOnly ContactOn { get; init; }

    /// <summary>The note's text (encrypted at rest).</summary>
    public required string Text { get; init; }

    /// <summary>Draft or finalised.</summary>
    public NoteStatus Status { get; init; }

    /// <summary>When it was first saved (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When its author finalised (dated and signed) it (UTC).</summary>
    public DateTimeOffset? FinalisedAt { get; init; }

    /// <summary>The finalised note this one amends, if it is an amendment.</summary>
    public NoteId? AmendsNoteId { get; init; }

    /// <summary>Starts a draft note.</summary>
    public static Result<Note> Draft(FamilyId familyId, UserId author, DateOnly contactOn, string text, DateTimeOffset now, NoteId? amends = null)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var v = new Validator()
            .Text(text, "text", "note", FieldLimits.NoteText)
            .When(contactOn > today, "contactOn", "in_future", $"The contact date {contactOn:d MMMM yyyy} is in the future.");
        return Result<Note>.From(v, () => new Note
        {
            Id = NoteId.New(),
            FamilyId = familyId,
            AuthorId = author,
            ContactOn = contactOn,
            Text = text.Trim(),
            Status = NoteStatus.Draft,
            CreatedAt = now,
            AmendsNoteId = amends,
        });
    }

    /// <summary>Revises a draft's text. A finalised note is refused: amend it instead.</summary>
    public Result<Note> Revise(UserId editor, string text)
    {
        var v = new Validator();
        if (Status == NoteStatus.Finalised)
        {
            return Result<Note>.Fail("text", "note.finalised",
                $"This note was finalised on {FinalisedAt:d MMMM yyyy} and can no longer be edited. Add an amendment instead.");
        }

        v.When(editor != AuthorId, "author", "note.not_author", "Only the author of a draft note can change it.")
         .Text(text, "text", "note", FieldLimits.NoteText);
        return Result<Note>.From(v, () => this with { Text = text.Trim() });
    }

    /// <summary>Dates and signs the note as its author; from then on it is immutable.</summary>
    public Result<Note> Finalise(UserId signer, DateTimeOffset now) =>
        Result<Note>.From(
            new Validator()
                .When(Status == NoteStatus.Finalised, "status", "note.finalised", "This note is already finalised.")
                .When(signer != AuthorId, "author", "note.not_author", "Only the author can finalise (sign) a note."),
            () => this with { Status = NoteStatus.Finalised, FinalisedAt = now });

    /// <summary>Starts an amendment: a new draft linked to this finalised note.</summary>
    public Result<Note> Amend(UserId author, string text, DateTimeOffset now) =>
        Status != NoteStatus.Finalised
            ? Result<Note>.Fail("amendsNoteId", "note.not_finalised", "Only a finalised note is amended; a draft can simply be edited.")
            : Draft(FamilyId, author, ContactOn, text, now, Id);
}
