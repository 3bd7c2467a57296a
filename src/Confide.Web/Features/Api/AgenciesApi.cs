using Confide.Core.Access;
using Confide.Core.Audit;
using Confide.Core.Common;
using Confide.Core.Sharing;
using Confide.Core.Staff;
using Confide.Data.Sharing;
using Confide.Web.Features.Access;
using Confide.Web.Features.Sharing;
using Confide.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using static Confide.Web.Features.Api.SharingContracts;

namespace Confide.Web.Features.Api;

/// <summary><c>/api/v1/agencies</c>: the register, readable by all staff, changed by scheme managers and the chief officer; each change audited.</summary>
internal static class AgenciesApi
{
    public static RouteGroupBuilder MapAgenciesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/agencies", ListAsync);
        api.MapGet("/agencies/{id:guid}", GetAsync);
        api.MapPost("/agencies", AddAsync).Accepts<AgencyInput>("application/json");
        api.MapPut("/agencies/{id:guid}", EditAsync).Accepts<AgencyInput>("application/json");
        api.MapPost("/agencies/{id:guid}/checked", CheckedAsync).Accepts<AgencyCheckRequest>("application/json");
        api.MapPost("/agencies/{id:guid}/retire", (Guid id, CurrentActor c, AgencyRegister r, AccessAudit a, CancellationToken ct) =>
            ChangeAsync(c, a, "agency.retire", actor => r.RetireAsync(actor.OrganisationId, id, ct), ct));
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<AgencyResponse>>, ProblemHttpResult>> ListAsync(CurrentActor current, AgencyRegister register, CancellationToken ct)
    {
        if (await current.GetAsync(ct) is not { } actor || actor.Roles.Count == 0)
        {
            return ApiProblems.SignedOut();
        }

        return TypedResults.Ok<IReadOnlyList<AgencyResponse>>((await register.ListAsync(actor.OrganisationId, ct)).Select(Response).ToList());
    }

    private static async Task<Results<Ok<AgencyResponse>, ProblemHttpResult>> GetAsync(Guid id, CurrentActor current, AgencyRegister register, CancellationToken ct)
    {
        if (await current.GetAsync(ct) is not { } actor || actor.Roles.Count == 0)
        {
            return ApiProblems.SignedOut();
        }

        return await register.FindAsync(actor.OrganisationId, id, ct) is { } agency ? TypedResults.Ok(Response(agency)) : ApiProblems.NotFound("agency");
    }

    private static async Task<Results<Created<AgencyResponse>, ValidationProblem, ProblemHttpResult>> AddAsync(
        HttpRequest request, CurrentActor current, AgencyRegister register, AccessAudit audit, CancellationToken ct)
    {
        var body = await ApiJson.ReadAsync<AgencyInput>(request, ct);
        if (body.Problem is { } problem)
        {
            return problem;
        }

        var added = await ChangeAsync(current, audit, "agency.add", async actor =>
        {
            var details = body.Value!.Read();
            return details.Succeeded ? await register.AddAsync(actor.OrganisationId, details.Value, actor.UserId, ct) : Result<Agency>.Fail(details.Errors);
        }, ct);
        return added.Result switch
        {
            Ok<AgencyResponse> ok => TypedResults.Created($"/api/v1/agencies/{ok.Value!.Id}", ok.Value),
            ValidationProblem invalid => invalid,
            ProblemHttpResult refused => refused,
            _ => throw new InvalidOperationException("Unexpected result."),
        };
    }

    private static async Task<Results<Ok<AgencyResponse>, ValidationProblem, ProblemHttpResult>> EditAsync(
        Guid id, HttpRequest request, CurrentActor current, AgencyRegister register, AccessAudit audit, CancellationToken ct)
    {
        var body = await ApiJson.ReadAsync<AgencyInput>(request, ct);
        return body.Problem is { } problem ? problem : await ChangeAsync(current, audit, "agency.edit", async actor =>
        {
            var details = body.Value!.Read();
            return details.Succeeded ? await register.EditAsync(actor.OrganisationId, id, details.Value, ct) : Result<Agency>.Fail(details.Errors);
        }, ct);
    }

    private static async Task<Results<Ok<AgencyResponse>, ValidationProblem, ProblemHttpResult>> CheckedAsync(
        Guid id, HttpRequest request, CurrentActor current, AgencyRegister register, AccessAudit audit, TimeProvider time, CancellationToken ct)
    {
        var body = await ApiJson.ReadAsync<AgencyCheckRequest>(request, ct);
        var on = body.Value?.CheckedOn ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return body.Problem is { } problem ? problem
            : await ChangeAsync(current, audit, "agency.check", actor => register.MarkCheckedAsync(actor.OrganisationId, id, on, ct), ct);
    }

    private static async Task<Results<Ok<AgencyResponse>, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        CurrentActor current, AccessAudit audit, string action, Func<Actor, Task<Result<Agency>>> change, CancellationToken ct)
    {
        if (await current.GetAsync(ct) is not { } actor)
        {
            return ApiProblems.SignedOut();
        }

        if (!StaffTasks.May(actor, StaffTask.ManageAgencies))
        {
            await audit.RecordAsync(actor, action, "agency", null, AuditOutcome.Refused, "staff-task", ct: ct);
            return ApiProblems.Forbidden($"Only these roles may change the agency register: {string.Join(", ", StaffTasks.RolesFor(StaffTask.ManageAgencies).Select(r => r.Name()))}.");
        }

        var result = await change(actor);
        if (!result.Succeeded)
        {
            return result.Errors.Any(e => e.Code == "not_found") ? ApiProblems.NotFound("agency") : ApiProblems.Invalid(result.Errors, "The register was not changed");
        }

        await audit.RecordAsync(actor, action, "agency", result.Value.Id.ToString("D"), AuditOutcome.Allowed, ct: ct);
        return TypedResults.Ok(Response(result.Value));
    }
}
