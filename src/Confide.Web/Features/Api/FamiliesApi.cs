using Confide.Core.Access;
using Confide.Core.Families;
using Confide.Core.Staff;
using Confide.Data.Families;
using Confide.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using static Confide.Web.Features.Api.FamilyContracts;

namespace Confide.Web.Features.Api;

/// <summary><c>/api/v1</c> caseload, search, family file and new referral; every family decided by the access policy.</summary>
internal static class FamiliesApi
{
    private const int MaxSearchLength = 200;

    public static RouteGroupBuilder MapFamiliesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/caseload", CaseloadAsync);
        api.MapGet("/families", SearchAsync);
        api.MapGet("/families/{id:guid}", GetAsync);
        api.MapPost("/families", RecordReferralAsync).Accepts<NewReferralRequest>("application/json");
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<FamilySummaryResponse>>, ProblemHttpResult>> CaseloadAsync(
        CurrentActor current, FamilyRecords families, FamilyGate gate, CancellationToken ct)
    {
        if (await current.GetAsync(ct) is not { } actor)
        {
            return ApiProblems.SignedOut();
        }

        var ids = new List<FamilyId>();
        if (actor.Has(Role.Coordinator))
        {
            ids.AddRange(await families.CaseloadAsync(actor.OrganisationId, actor.UserId, ct));
        }

        if (actor.Has(Role.Volunteer))
        {
            ids.AddRange(await families.MatchedToAsync(actor.OrganisationId, actor.UserId, ct));
        }

        return TypedResults.Ok(await SummariesAsync(actor, ids, families, gate, ct));
    }

    private static async Task<Results<Ok<IReadOnlyList<FamilySummaryResponse>>, ProblemHttpResult>> SearchAsync(
        string? search, CurrentActor current, FamilyRecords families, FamilyGate gate, CancellationToken ct)
    {
        if (await current.GetAsync(ct) is not { } actor)
        {
            return ApiProblems.SignedOut();
        }

        if (string.IsNullOrWhiteSpace(search))
        {
            return ApiProblems.BadRequest("Say what to search for: a family name or a postcode, as '?search=Applegarth'.");
        }

        if (search.Length > MaxSearchLength)
        {
            return ApiProblems.BadRequest($"The search must be {MaxSearchLength} characters or fewer (it has {search.Length:N0}).");
        }

        var ids = await families.SearchAsync(actor.OrganisationId, search, ct);
        return TypedResults.Ok(await SummariesAsync(actor, ids, families, gate, ct));
    }

    private static async Task<Results<Ok<FamilyFileResponse>, Ok<VolunteerFileResponse>, ProblemHttpResult>> GetAsync(
        Guid id, CurrentActor current, FamilyRecords families, FamilyGate gate, CancellationToken ct)
    {
        if (await current.GetAsync(ct) is not { } actor)
        {
            return ApiProblems.SignedOut();
        }

        var access = await gate.CheckAsync(actor, new FamilyId(id), AccessAction.Read, ct);
        if (access.Refusal is { } refusal)
        {
            return refusal;
        }

        var file = await families.GetAsync(actor.OrganisationId, new FamilyId(id), ct);
        return (file, access.Decision!.View) switch
        {
            (null, _) => ApiProblems.NotFound("family"),
            (_, FileView.Full) => TypedResults.Ok(FamilyMapping.ToFullView(file)),
            (_, FileView.Volunteer) => TypedResults.Ok(FamilyMapping.ToVolunteerView(file, actor.UserId)),
            _ => ApiProblems.NotFound("family"),
        };
    }

    private static async Task<Results<Created<FamilyFileResponse>, ValidationProblem, ProblemHttpResult>> RecordReferralAsync(
        HttpRequest request, CurrentActor current, FamilyRecords families, CancellationToken ct)
    {
        if (await current.GetAsync(ct) is not { } actor)
        {
            return ApiProblems.SignedOut();
        }

        // A new file has no relationships yet for the policy to weigh: recording one is the coordinator's job,
        // and the file is assigned to them, so from then on the policy decides as for any other file.
        if (!actor.Has(Role.Coordinator))
        {
            return ApiProblems.Forbidden("Only a coordinator can record a referral.");
        }

        var body = await ApiJson.ReadAsync<NewReferralRequest>(request, ct);
        if (body.Problem is { } problem)
        {
            return problem;
        }

        var input = FamilyMapping.ToDomain(body.Value!);
        if (!input.Succeeded)
        {
            return ApiProblems.Invalid(input.Errors, "The referral was not recorded");
        }

        var opened = await families.OpenAsync(actor.OrganisationId, actor.UserId, input.Value.Family, input.Value.Referral, actor.UserId, ct);
        if (!opened.Succeeded)
        {
            return ApiProblems.Invalid(opened.Errors, "The referral was not recorded");
        }

        var file = opened.Value;
        return TypedResults.Created($"/api/v1/families/{file.Family.Id}", FamilyMapping.ToFullView(file));
    }

    private static async Task<IReadOnlyList<FamilySummaryResponse>> SummariesAsync(
        Actor actor, IEnumerable<FamilyId> ids, FamilyRecords families, FamilyGate gate, CancellationToken ct)
    {
        var visible = await gate.DiscoverableAsync(actor, ids, ct);
        var summaries = await families.SummariseAsync(actor.OrganisationId, visible, ct);
        return summaries.Select(FamilyMapping.ToResponse).ToList();
    }
}
