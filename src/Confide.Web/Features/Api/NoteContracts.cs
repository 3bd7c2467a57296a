namespace Confide.Web.Features.Api;

/// <summary>The JSON shapes of contact and visit notes in <c>/api/v1</c>.</summary>
public static class NoteContracts
{
    public sealed record NoteResponse(
        Guid Id, Guid FamilyId, Guid AuthorId, DateOnly ContactOn, string Text, string Status,
        DateTimeOffset CreatedAt, DateTimeOffset? FinalisedAt, Guid? AmendsNoteId);

    /// <summary>A new draft note about a contact or visit on <c>contactOn</c>.</summary>
    public sealed record NewNoteRequest(DateOnly? ContactOn, string? Text);

    /// <summary>The new text of a draft, or the text of an amendment.</summary>
    public sealed record NoteTextRequest(string? Text);
}
