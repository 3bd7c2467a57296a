using Confide.Core.Access;
using Confide.Core.Families;
using Confide.Core.Staff;
using Confide.Data.Families;
using Confide.Web.Features.Families;
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

    // Caseload and search go through the same FamilyFileAccess as the pages, so lists are filtered in one place.
    private static async Task<Results<Ok<IReadOnlyList<FamilySummaryResponse>>, ProblemHttpResult>> CaseloadAsync(
        CurrentActor current, FamilyFileAccess files, CancellationToken ct)
    {
        if (await current.GetAsync(ct) is null)
        {
            return ApiProblems.SignedOut();
        }

        return TypedResults.Ok(Responses(await files.CaseloadAsync(ct)));
    }

    private static async Task<Results<Ok<IReadOnlyList<FamilySummaryResponse>>, ProblemHttpResult>> SearchAsync(
        string? search, CurrentActor current, FamilyFileAccess files, CancellationToken ct)
    {
        if (await current.GetAsync(ct) is null)
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

        return TypedResults.Ok(Responses(await files.SearchAsync(search, ct)));
    }

    private static async Task<Results<Ok<FamilyFileResponse>, Ok<VolunteerFileResponse>, ProblemHttpResult>> GetAsync(
        Guid id, CurrentActor current, FamilyGate gate, CancellationToken ct)
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

        // The file is already cut to the caller's view (volunteer view, special-category masking) by FamilyFileAccess.
        var opened = access.Opened!;
        return opened.Decision.View switch
        {
            FileView.Full => TypedResults.Ok(FamilyMapping.ToFullView(opened.File)),
            FileView.Volunteer => TypedResults.Ok(FamilyMapping.ToVolunteerView(opened.File)),
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

    private static IReadOnlyList<FamilySummaryResponse> Responses(IReadOnlyList<FamilySummary> summaries) =>
        summaries.Select(FamilyMapping.ToResponse).ToList();
}
