using Confide.Core.Access;
using Confide.Core.Families;
using Confide.Data.Sharing;
using Confide.Web.Features.Families;
using Confide.Web.Features.Sharing;
using Confide.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using static Confide.Web.Features.Api.SharingContracts;

namespace Confide.Web.Features.Api;

/// <summary>
/// <c>/api/v1</c> sharing decisions and "family to be informed" tasks, through the same <see cref="SharingDecisions"/>
/// as the pages: the file opened for the "sharing" part, the core rules, the portal, and the audit log.
/// </summary>
internal static class SharingApi
{
    public static RouteGroupBuilder MapSharingApi(this RouteGroupBuilder api)
    {
        api.MapGet("/families/{id:guid}/shareable-items", ItemsAsync);
        api.MapGet("/families/{id:guid}/sharing-decisions", ListAsync);
        api.MapPost("/families/{id:guid}/sharing-decisions", DecideAsync).Accepts<SharingDraftInput>("application/json");
        api.MapGet("/families/{id:guid}/sharing-decisions/{decisionId:guid}", GetAsync);
        api.MapPost("/families/{id:guid}/sharing-decisions/{decisionId:guid}/revoke", RevokeAsync);
        api.MapPost("/sharing-tasks/{taskId:guid}/complete", CompleteAsync).Accepts<TaskCompletionRequest>("application/json");
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<ItemResponse>>, ProblemHttpResult>> ItemsAsync(Guid id, SharingDecisions decisions, CancellationToken ct)
    {
        // The file's contents item by item: reading the file, on its record of access as a read.
        var (opened, refusal) = await OpenAsync(decisions, id, AccessAction.Read, ct);
        return refusal ?? (Results<Ok<IReadOnlyList<ItemResponse>>, ProblemHttpResult>)TypedResults.Ok<IReadOnlyList<ItemResponse>>(
            Core.Sharing.FileItems.From(opened!.File).Select(i => new ItemResponse(i.Ref, Core.Profiles.SnakeCase.Name(i.Kind), i.Label, i.Text)).ToList());
    }

    private static async Task<Results<Ok<IReadOnlyList<DecisionResponse>>, ProblemHttpResult>> ListAsync(Guid id, SharingDecisions decisions, SharingRecords records, CancellationToken ct)
    {
        var (opened, refusal) = await OpenAsync(decisions, id, AccessAction.Read, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var org = opened!.Actor.OrganisationId;
        var tasks = (await records.TasksOfAsync(org, new FamilyId(id), ct)).ToDictionary(t => t.DecisionId);
        return TypedResults.Ok<IReadOnlyList<DecisionResponse>>((await records.ListAsync(org, new FamilyId(id), ct))
            .Select(d => Response(d, tasks.GetValueOrDefault(d.Id), null)).ToList());
    }

    private static async Task<Results<Ok<DecisionResponse>, ProblemHttpResult>> GetAsync(Guid id, Guid decisionId, SharingDecisions decisions, SharingRecords records, CancellationToken ct)
    {
        var (opened, refusal) = await OpenAsync(decisions, id, AccessAction.Read, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var org = opened!.Actor.OrganisationId;
        if (await records.GetAsync(org, new FamilyId(id), decisionId, ct) is not { } decision)
        {
            return ApiProblems.NotFound("sharing decision");
        }

        var task = (await records.TasksOfAsync(org, new FamilyId(id), ct)).FirstOrDefault(t => t.DecisionId == decisionId);
        return TypedResults.Ok(Response(decision, task, null));
    }

    private static async Task<Results<Created<DecisionResponse>, ValidationProblem, ProblemHttpResult>> DecideAsync(
        Guid id, HttpRequest request, SharingDecisions decisions, SharingRecords records, CancellationToken ct)
    {
        var (opened, refusal) = await OpenAsync(decisions, id, AccessAction.Write, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var body = await ApiJson.ReadAsync<SharingDraftInput>(request, ct);
        if (body.Problem is { } problem)
        {
            return problem;
        }

        var (draft, unrecognised) = body.Value!.Read();
        var outcome = await decisions.DecideAsync(opened!, draft, unrecognised, ct);
        if (!outcome.Succeeded)
        {
            return ApiProblems.Invalid(outcome.Errors, "Nothing was shared or recorded");
        }

        var decision = outcome.Decision!;
        var task = (await records.TasksOfAsync(opened!.Actor.OrganisationId, new FamilyId(id), ct)).FirstOrDefault(t => t.DecisionId == decision.Id);
        return TypedResults.Created($"/api/v1/families/{id}/sharing-decisions/{decision.Id}", Response(decision, task, outcome.Published));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(Guid id, Guid decisionId, SharingDecisions decisions, SharingRecords records, CancellationToken ct)
    {
        var (opened, refusal) = await OpenAsync(decisions, id, AccessAction.Write, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        if (await records.GetAsync(opened!.Actor.OrganisationId, new FamilyId(id), decisionId, ct) is not { } decision)
        {
            return ApiProblems.NotFound("sharing decision");
        }

        return await decisions.RevokeAsync(opened, decision, ct)
            ? TypedResults.NoContent()
            : ApiProblems.Conflict("This share has no portal link that is still working, so there is nothing to revoke.");
    }

    private static async Task<Results<Ok<TaskResponse>, ValidationProblem, ProblemHttpResult>> CompleteAsync(
        Guid taskId, HttpRequest request, CurrentActor current, SharingDecisions decisions, SharingRecords records, CancellationToken ct)
    {
        if (await current.GetAsync(ct) is not { } actor)
        {
            return ApiProblems.SignedOut();
        }

        if (await records.FindTaskAsync(actor.OrganisationId, taskId, ct) is not { } task)
        {
            return ApiProblems.NotFound("task");
        }

        var (opened, refusal) = await OpenAsync(decisions, task.FamilyId.Value, AccessAction.Write, ct);
        if (refusal is not null)
        {
            return refusal.StatusCode == StatusCodes.Status404NotFound ? ApiProblems.NotFound("task") : refusal;
        }

        var body = await ApiJson.ReadAsync<TaskCompletionRequest>(request, ct);
        if (body.Problem is { } problem)
        {
            return problem;
        }

        var b = body.Value!;
        var closed = await decisions.CloseTaskAsync(opened!, task, new TaskClosing(b.ToldOn, b.Method, b.Exemption, b.ReviewOn), ct);
        if (!closed.Succeeded)
        {
            return closed.Errors.Any(e => e.Code == "task.already_completed")
                ? ApiProblems.Conflict(closed.Errors[0].Message)
                : ApiProblems.Invalid(closed.Errors, "The task was not closed");
        }

        return TypedResults.Ok(Response(closed.Value));
    }

    private static async Task<(FamilyFileAccess.Opened? Opened, ProblemHttpResult? Refusal)> OpenAsync(SharingDecisions decisions, Guid id, AccessAction action, CancellationToken ct)
    {
        var outcome = await decisions.OpenAsync(new FamilyId(id), action, ct);
        return outcome.Status switch
        {
            FamilyFileAccess.Status.Opened => (outcome.File, null),
            FamilyFileAccess.Status.ReasonRequired => (null, ApiProblems.ReasonRequired(new FamilyId(id))),
            FamilyFileAccess.Status.Refused => (null, ApiProblems.Forbidden(outcome.Decision!.Explanation, outcome.Decision.Rule)),
            _ => (null, ApiProblems.NotFound("family")),
        };
    }
}
