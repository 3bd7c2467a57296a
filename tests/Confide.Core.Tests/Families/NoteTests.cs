using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Core.Staff;

namespace Confide.Core.Tests.Families;

public sealed class NoteTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);
    private static readonly UserId Author = UserId.New();

    private static Note Draft(string text = "Visited; mum coping better.") => Note.Draft(FamilyId.New(), Author, Today, text, Now).Value;

    [Fact]
    public void Draft_StartsAsAnUnsignedDraftWithTrimmedText()
    {
        var note = Draft("  Visited.  ");

        note.Status.ShouldBe(NoteStatus.Draft);
        note.Text.ShouldBe("Visited.");
        (note.AuthorId, note.CreatedAt, note.FinalisedAt, note.AmendsNoteId).ShouldBe((Author, Now, (DateTimeOffset?)null, (NoteId?)null));
    }

    [Fact]
    public void Draft_ContactTomorrow_IsRefused()
    {
        var error = Note.Draft(FamilyId.New(), Author, Today.AddDays(1), "Visit", Now).Errors.ShouldHaveSingleItem();

        (error.Field, error.Code).ShouldBe(("contactOn", "in_future"));
        error.Message.ShouldContain("is in the future");
    }

    [Fact]
    public void Draft_EmptyOrOverlongText_IsRefused()
    {
        Note.Draft(FamilyId.New(), Author, Today, " ", Now).Errors.ShouldHaveSingleItem().ShouldBe(new ValidationError("text", "required", "Enter the note."));
        Note.Draft(FamilyId.New(), Author, Today, new string('n', FieldLimits.NoteText + 1), Now).Errors.ShouldHaveSingleItem().Code.ShouldBe("too_long");
    }

    [Fact]
    public void ReviseThenFinalise_ByTheAuthor_SignsTheRevisedText()
    {
        var signedAt = Now.AddHours(2);

        var revised = Draft().Revise(Author, "Visited; mum coping much better.").Value;
        var finalised = revised.Finalise(Author, signedAt).Value;

        finalised.Text.ShouldBe("Visited; mum coping much better.");
        finalised.Status.ShouldBe(NoteStatus.Finalised);
        finalised.FinalisedAt.ShouldBe(signedAt);
        finalised.Id.ShouldBe(revised.Id);
    }

    [Fact]
    public void Revise_ByAnotherUser_IsRefused()
    {
        var error = Draft().Revise(UserId.New(), "Changed by someone else").Errors.ShouldHaveSingleItem();

        (error.Field, error.Code).ShouldBe(("author", "note.not_author"));
        error.Message.ShouldContain("Only the author");
    }

    [Fact]
    public void Revise_AfterFinalise_IsRefusedPointingToAnAmendment()
    {
        var finalised = Draft().Finalise(Author, Now).Value;

        var error = finalised.Revise(Author, "Changed after signing").Errors.ShouldHaveSingleItem();

        (error.Field, error.Code).ShouldBe(("text", "note.finalised"));
        error.Message.ShouldContain("can no longer be edited");
        error.Message.ShouldContain("Add an amendment");
        finalised.Text.ShouldBe("Visited; mum coping better.");
    }

    [Fact]
    public void Finalise_ByAnotherUser_IsRefused()
    {
        var error = Draft().Finalise(UserId.New(), Now).Errors.ShouldHaveSingleItem();

        (error.Field, error.Code).ShouldBe(("author", "note.not_author"));
        error.Message.ShouldContain("Only the author can finalise");
    }

    [Fact]
    public void Finalise_Twice_IsRefused()
    {
        var finalised = Draft().Finalise(Author, Now).Value;

        var error = finalised.Finalise(Author, Now.AddDays(1)).Errors.ShouldHaveSingleItem();

        (error.Field, error.Code).ShouldBe(("status", "note.finalised"));
        error.Message.ShouldContain("already finalised");
    }

    [Fact]
    public void Amend_Draft_IsRefused()
    {
        var error = Draft().Amend(Author, "Correction", Now).Errors.ShouldHaveSingleItem();

        (error.Field, error.Code).ShouldBe(("amendsNoteId", "note.not_finalised"));
        error.Message.ShouldContain("a draft can simply be edited");
    }

    [Fact]
    public void Amend_FinalisedNote_StartsALinkedDraftOnTheSameFamilyAndContactDay()
    {
        var original = Note.Draft(FamilyId.New(), Author, Today.AddDays(-2), "Visited.", Now.AddDays(-2)).Value.Finalise(Author, Now.AddDays(-2)).Value;
        var colleague = UserId.New();

        var amendment = original.Amend(colleague, "Correction: the visit was on Tuesday.", Now).Value;

        amendment.AmendsNoteId.ShouldBe(original.Id);
        amendment.Id.ShouldNotBe(original.Id);
        (amendment.FamilyId, amendment.ContactOn, amendment.AuthorId).ShouldBe((original.FamilyId, original.ContactOn, colleague));
        amendment.Status.ShouldBe(NoteStatus.Draft);
        amendment.Text.ShouldBe("Correction: the visit was on Tuesday.");
    }
}
