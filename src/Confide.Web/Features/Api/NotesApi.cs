using Confide.Core.Access;
using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Data.Families;
using Confide.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using static Confide.Web.Features.Api.NoteContracts;

namespace Confide.Web.Features.Api;

/// <summary><c>/api/v1</c> notes: draft, revise, finalise (date and sign), amend. Writing needs the policy's Write.</summary>
internal static class NotesApi
{
    public static RouteGroupBuilder MapNotesApi(this RouteGroupBuilder api)
    {
        api.MapPost("/families/{id:guid}/notes", DraftAsync).Accepts<NewNoteRequest>("application/json");
        api.MapPut("/notes/{id:guid}", ReviseAsync).Accepts<NoteTextRequest>("application/json");
        api.MapPost("/notes/{id:guid}/finalise", FinaliseAsync);
        api.MapPost("/notes/{id:guid}/amendments", AmendAsync).Accepts<NoteTextRequest>("application/json");
        return api;
    }

    private static async Task<Results<Created<NoteResponse>, ValidationProblem, ProblemHttpResult>> DraftAsync(
        Guid id, HttpRequest request, CurrentActor current, FamilyGate gate, NoteRecords notes, CancellationToken ct)
    {
        if (await current.GetAsync(ct) is not { } actor)
        {
            return ApiProblems.SignedOut();
        }

        var access = await gate.CheckAsync(actor, new FamilyId(id), AccessAction.Write, ct);
        if (access.Refusal is { } refusal)
        {
            return refusal;
        }

        var body = await ApiJson.ReadAsync<NewNoteRequest>(request, ct);
        if (body.Problem is { } problem)
        {
            return problem;
        }

        if (body.Value!.ContactOn is not { } contactOn)
        {
            return ApiProblems.Invalid([new ValidationError("contactOn", "required", "Enter the date of the contact or visit, like 2026-11-21.")], "The note was not saved");
        }

        var drafted = await notes.DraftAsync(actor.OrganisationId, new FamilyId(id), actor.UserId, contactOn, body.Value.Text ?? "", ct);
        return !drafted.Succeeded
            ? Refusal(drafted) is { } p ? p : ApiProblems.Invalid(drafted.Errors, "The note was not saved")
            : TypedResults.Created($"/api/v1/notes/{drafted.Value.Id}", FamilyMapping.ToResponse(drafted.Value));
    }

    private static async Task<Results<Ok<NoteResponse>, ValidationProblem, ProblemHttpResult>> ReviseAsync(
        Guid id, HttpRequest request, CurrentActor current, FamilyGate gate, NoteRecords notes, CancellationToken ct)
    {
        if (await current.GetAsync(ct) is not { } actor)
        {
            return ApiProblems.SignedOut();
        }

        if (await CheckNoteAsync(actor, new NoteId(id), gate, notes, ct) is { } refusal)
        {
            return refusal;
        }

        var body = await ApiJson.ReadAsync<NoteTextRequest>(request, ct);
        if (body.Problem is { } problem)
        {
            return problem;
        }

        var revised = await notes.ReviseAsync(actor.OrganisationId, new NoteId(id), actor.UserId, body.Value!.Text ?? "", ct);
        return !revised.Succeeded
            ? Refusal(revised) is { } p ? p : ApiProblems.Invalid(revised.Errors, "The note was not changed")
            : TypedResults.Ok(FamilyMapping.ToResponse(revised.Value));
    }

    private static async Task<Results<Ok<NoteResponse>, ValidationProblem, ProblemHttpResult>> FinaliseAsync(
        Guid id, CurrentActor current, FamilyGate gate, NoteRecords notes, CancellationToken ct)
    {
        if (await current.GetAsync(ct) is not { } actor)
        {
            return ApiProblems.SignedOut();
        }

        if (await CheckNoteAsync(actor, new NoteId(id), gate, notes, ct) is { } refusal)
        {
            return refusal;
        }

        var finalised = await notes.FinaliseAsync(actor.OrganisationId, new NoteId(id), actor.UserId, ct);
        return !finalised.Succeeded
            ? Refusal(finalised) is { } p ? p : ApiProblems.Invalid(finalised.Errors, "The note was not finalised")
            : TypedResults.Ok(FamilyMapping.ToResponse(finalised.Value));
    }

    private static async Task<Results<Created<NoteResponse>, ValidationProblem, ProblemHttpResult>> AmendAsync(
        Guid id, HttpRequest request, CurrentActor current, FamilyGate gate, NoteRecords notes, CancellationToken ct)
    {
        if (await current.GetAsync(ct) is not { } actor)
        {
            return ApiProblems.SignedOut();
        }

        if (await CheckNoteAsync(actor, new NoteId(id), gate, notes, ct) is { } refusal)
        {
            return refusal;
        }

        var body = await ApiJson.ReadAsync<NoteTextRequest>(request, ct);
        if (body.Problem is { } problem)
        {
            return problem;
        }

        var amended = await notes.AmendAsync(actor.OrganisationId, new NoteId(id), actor.UserId, body.Value!.Text ?? "", ct);
        return !amended.Succeeded
            ? Refusal(amended) is { } p ? p : ApiProblems.Invalid(amended.Errors, "The amendment was not saved")
            : TypedResults.Created($"/api/v1/notes/{amended.Value.Id}", FamilyMapping.ToResponse(amended.Value));
    }

    /// <summary>Write access to the note's family; a volunteer cannot reach another person's note (404, as they cannot see it).</summary>
    private static async Task<ProblemHttpResult?> CheckNoteAsync(Actor actor, NoteId id, FamilyGate gate, NoteRecords notes, CancellationToken ct)
    {
        if (await notes.LocateAsync(actor.OrganisationId, id, ct) is not { } note)
        {
            return ApiProblems.NotFound("note");
        }

        var access = await gate.CheckAsync(actor, note.Family, AccessAction.Write, ct);
        if (access.Refusal is { } refusal)
        {
            return refusal.StatusCode == StatusCodes.Status404NotFound ? ApiProblems.NotFound("note") : refusal;
        }

        return access.Decision!.View == FileView.Volunteer && note.Author != actor.UserId ? ApiProblems.NotFound("note") : null;
    }

    /// <summary>A refusal the domain gave that is not about the input: no such note, already finalised, not the author.</summary>
    private static ProblemHttpResult? Refusal(Result<Note> result)
    {
        var first = result.Errors[0];
        return first.Code switch
        {
            "not_found" => ApiProblems.NotFound("note"),
            "note.finalised" => ApiProblems.Conflict(first.Message),
            "note.not_finalised" => ApiProblems.Conflict(first.Message),
            "note.not_author" => ApiProblems.Forbidden(first.Message),
            _ => null,
        };
    }
}
