using Confide.Core.Access;
using Confide.Core.Audit;
using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Data.Audit;
using Confide.Web.Features.Access;
using Confide.Web.Features.Families;
using Confide.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using static Confide.Web.Features.Api.AccessContracts;

namespace Confide.Web.Features.Api;

/// <summary><c>/api/v1</c> access: give a reason, break the glass, read a file's record of access, run the exception report.</summary>
internal static class AccessApi
{
    public static RouteGroupBuilder MapAccessApi(this RouteGroupBuilder api)
    {
        api.MapPost("/families/{id:guid}/reason", GiveReasonAsync).Accepts<ReasonRequest>("application/json");
        api.MapPost("/families/{id:guid}/break-glass", BreakGlassAsync).Accepts<BreakGlassRequest>("application/json");
        api.MapGet("/families/{id:guid}/record-of-access", RecordOfAccessAsync);
        api.MapGet("/reports/access-exceptions", ExceptionsAsync);
        return api;
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> GiveReasonAsync(
        Guid id, HttpRequest request, CurrentActor current, FamilyFileAccess files, CancellationToken ct)
    {
        if (await current.GetAsync(ct) is null)
        {
            return ApiProblems.SignedOut();
        }

        var body = await ApiJson.ReadAsync<ReasonRequest>(request, ct);
        if (body.Problem is { } problem)
        {
            return problem;
        }

        AccessPurpose? purpose = AccessAudit.TryParsePurpose(body.Value!.Purpose, out var parsed) ? parsed : null;
        var errors = ReasonForm.Check(purpose, body.Value.Detail).Select(e => e.Field == "purpose"
            ? e with { Message = "Give the purpose as one of: case-work, supervision, safeguarding, spot-check, audit, subject-request, other." }
            : e).ToList();
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors, "The reason was not recorded");
        }

        var detail = string.IsNullOrWhiteSpace(body.Value.Detail) ? null : body.Value.Detail.Trim();
        return Result(await files.GiveReasonAsync(new FamilyId(id), new AccessReason(purpose!.Value, detail), ct));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> BreakGlassAsync(
        Guid id, HttpRequest request, CurrentActor current, FamilyFileAccess files, CancellationToken ct)
    {
        if (await current.GetAsync(ct) is null)
        {
            return ApiProblems.SignedOut();
        }

        var body = await ApiJson.ReadAsync<BreakGlassRequest>(request, ct);
        if (body.Problem is { } problem)
        {
            return problem;
        }

        var detail = body.Value!.Detail?.Trim() ?? "";
        if (detail.Length < BreakGlassModel.MinDetail || detail.Length > BreakGlassModel.MaxDetail)
        {
            return ApiProblems.Invalid([new ValidationError("detail", "required",
                $"Say why this is an emergency, in {BreakGlassModel.MinDetail} to {BreakGlassModel.MaxDetail} characters.")], "The glass was not broken");
        }

        return Result(await files.BreakGlassAsync(new FamilyId(id), detail, ct));
    }

    private static async Task<Results<Ok<IReadOnlyList<AccessEntryResponse>>, ProblemHttpResult>> RecordOfAccessAsync(
        Guid id, CurrentActor current, FamilyGate gate, AuditReader reader, StaffNames names, CancellationToken ct)
    {
        if (await current.GetAsync(ct) is not { } actor)
        {
            return ApiProblems.SignedOut();
        }

        var access = await gate.CheckAsync(actor, new FamilyId(id), AccessAction.Read, ct, "record-of-access", fullViewOnly: true);
        if (access.Refusal is { } refusal)
        {
            return refusal;
        }

        if (access.Decision!.View != FileView.Full)
        {
            return ApiProblems.Forbidden("The record of access is not part of the volunteer view of a file.");
        }

        var entries = await reader.QueryAsync(new AuditQuery(actor.OrganisationId) { ResourceKind = FamilyFileAccess.Kind, ResourceId = id.ToString("D") }, ct);
        var known = await names.ForAsync(actor.OrganisationId, ct);
        return TypedResults.Ok<IReadOnlyList<AccessEntryResponse>>(entries.Select(e => new AccessEntryResponse(
            e.Sequence, e.Event.At, e.Event.ActorId?.Value,
            e.Event.ActorId is { } a && known.TryGetValue(a.Value, out var n) ? n : null,
            e.Event.Action, e.Event.Part, e.Event.Purpose, e.Event.Reason, e.Event.Outcome == AuditOutcome.Allowed ? "allowed" : "refused", e.Event.Rule)).ToList());
    }

    private static async Task<Results<Ok<IReadOnlyList<ExceptionResponse>>, ProblemHttpResult>> ExceptionsAsync(
        DateOnly? from, DateOnly? to, CurrentActor current, AuditReader reader, AccessAudit audit, TimeProvider time, CancellationToken ct)
    {
        if (await current.GetAsync(ct) is not { } actor)
        {
            return ApiProblems.SignedOut();
        }

        if (!StaffTasks.May(actor, StaffTask.ViewExceptionReport))
        {
            return ApiProblems.Forbidden("The exception report is for trustees and the chief officer.");
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var (start, end) = (from ?? today.AddDays(-30), to ?? today);
        if (start > end)
        {
            return ApiProblems.BadRequest("'from' must be on or before 'to' (dates like 2026-11-21).");
        }

        var (rows, _) = await ExceptionsModel.BuildAsync(reader, actor.OrganisationId, start, end, ct);
        await audit.RecordAsync(actor, "report", "exception-report", null, AuditOutcome.Allowed, ct: ct);
        return TypedResults.Ok<IReadOnlyList<ExceptionResponse>>(rows
            .Select(r => new ExceptionResponse(r.Entry.Sequence, r.Entry.Event.At, r.Entry.Event.ActorId?.Value, r.Entry.Event.Action,
                r.Entry.Event.ResourceKind, r.Entry.Event.ResourceId, r.Entry.Event.Rule, Codes(r.Why))).ToList());
    }

    private static IReadOnlyList<string> Codes(AccessException why) =>
        Enum.GetValues<AccessException>().Where(v => v != AccessException.None && why.HasFlag(v)).Select(v => v switch
        {
            AccessException.Refused => "refused",
            AccessException.BreakGlass => "break-glass",
            AccessException.WithoutReason => "without-reason",
            _ => "out-of-hours",
        }).ToList();

    private static Results<NoContent, ValidationProblem, ProblemHttpResult> Result(FamilyFileAccess.Outcome outcome) => outcome.Status switch
    {
        FamilyFileAccess.Status.Opened => TypedResults.NoContent(),
        FamilyFileAccess.Status.NotFound => ApiProblems.NotFound("family"),
        _ => ApiProblems.Forbidden(outcome.Decision!.Explanation, outcome.Decision.Rule),
    };
}
