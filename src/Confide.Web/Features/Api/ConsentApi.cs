using Confide.Core.Access;
using Confide.Core.Common;
using Confide.Core.Consent;
using Confide.Core.Families;
using Confide.Data.Consent;
using Confide.Web.Features.Consent;
using Confide.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using static Confide.Web.Features.Api.ConsentContracts;

namespace Confide.Web.Features.Api;

/// <summary>
/// <c>/api/v1</c> consent: privacy-notice explanations, the agreement to receive support, consents and their
/// withdrawal. Reading needs Read on the file and changing needs Write, in the full view only (never a volunteer's).
/// </summary>
internal static class ConsentApi
{
    public static RouteGroupBuilder MapConsentApi(this RouteGroupBuilder api)
    {
        api.MapGet("/families/{id:guid}/consents", ListConsentsAsync);
        api.MapPost("/families/{id:guid}/consents", RecordConsentAsync).Accepts<ConsentRequest>("application/json");
        api.MapPost("/families/{id:guid}/consents/{consentId:guid}/withdraw", WithdrawAsync).Accepts<WithdrawRequest>("application/json");
        api.MapGet("/families/{id:guid}/privacy-notices", ListNoticesAsync);
        api.MapPost("/families/{id:guid}/privacy-notices", RecordNoticeAsync).Accepts<PrivacyNoticeRequest>("application/json");
        api.MapPost("/families/{id:guid}/service-agreement", RecordAgreementAsync).Accepts<AgreementRequest>("application/json");
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<ConsentResponse>>, ProblemHttpResult>> ListConsentsAsync(
        Guid id, CurrentActor current, FamilyGate gate, ConsentRecords records, TimeProvider time, CancellationToken ct)
    {
        if (await OpenAsync(id, AccessAction.Read, current, gate, ct) is { Problem: { } problem })
        {
            return problem;
        }

        var actor = (await current.GetAsync(ct))!;
        var file = await records.ListAsync(actor.OrganisationId, new FamilyId(id), ct);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return file is null
            ? ApiProblems.NotFound("family")
            : TypedResults.Ok<IReadOnlyList<ConsentResponse>>(file.Consents.Select(c => ConsentMapping.ToResponse(c, today)).ToList());
    }

    private static async Task<Results<Ok<IReadOnlyList<PrivacyNoticeResponse>>, ProblemHttpResult>> ListNoticesAsync(
        Guid id, CurrentActor current, FamilyGate gate, ConsentRecords records, CancellationToken ct)
    {
        if (await OpenAsync(id, AccessAction.Read, current, gate, ct) is { Problem: { } problem })
        {
            return problem;
        }

        var actor = (await current.GetAsync(ct))!;
        var file = await records.ListAsync(actor.OrganisationId, new FamilyId(id), ct);
        return file is null
            ? ApiProblems.NotFound("family")
            : TypedResults.Ok<IReadOnlyList<PrivacyNoticeResponse>>(file.Notices.Select(ConsentMapping.ToResponse).ToList());
    }

    private static async Task<Results<Created<ConsentResponse>, ValidationProblem, ProblemHttpResult>> RecordConsentAsync(
        Guid id, HttpRequest request, CurrentActor current, FamilyGate gate, ConsentActions actions, TimeProvider time, CancellationToken ct)
    {
        var (actor, problem) = await OpenAsync(id, AccessAction.Write, current, gate, ct);
        if (problem is not null)
        {
            return problem;
        }

        var body = await ApiJson.ReadAsync<ConsentRequest>(request, ct);
        if (body.Problem is { } bad)
        {
            return bad;
        }

        var result = await actions.RecordConsentAsync(actor!, new FamilyId(id), body.Value!, ct);
        return !result.Succeeded
            ? FamilyMissing(result.Errors) is { } missing ? missing : ApiProblems.Invalid(result.Errors, "The consent was not recorded")
            : TypedResults.Created($"/api/v1/families/{id}/consents/{result.Value.Id}",
                ConsentMapping.ToResponse(result.Value, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)));
    }

    private static async Task<Results<Ok<ConsentResponse>, ValidationProblem, ProblemHttpResult>> WithdrawAsync(
        Guid id, Guid consentId, HttpRequest request, CurrentActor current, FamilyGate gate, ConsentActions actions, TimeProvider time, CancellationToken ct)
    {
        var (actor, problem) = await OpenAsync(id, AccessAction.Write, current, gate, ct);
        if (problem is not null)
        {
            return problem;
        }

        var body = await ApiJson.ReadAsync<WithdrawRequest>(request, ct);
        if (body.Problem is { } bad)
        {
            return bad;
        }

        var result = await actions.WithdrawAsync(actor!, new FamilyId(id), new ConsentId(consentId), body.Value!, ct);
        if (result.Succeeded)
        {
            return TypedResults.Ok(ConsentMapping.ToResponse(result.Value, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)));
        }

        return result.Errors[0].Code switch
        {
            "not_found" => ApiProblems.NotFound("consent"),
            "consent.already_withdrawn" or "consent.not_granted" => ApiProblems.Conflict(result.Errors[0].Message),
            _ => ApiProblems.Invalid(result.Errors, "The withdrawal was not recorded"),
        };
    }

    private static async Task<Results<Created<PrivacyNoticeResponse>, ValidationProblem, ProblemHttpResult>> RecordNoticeAsync(
        Guid id, HttpRequest request, CurrentActor current, FamilyGate gate, ConsentActions actions, CancellationToken ct)
    {
        var (actor, problem) = await OpenAsync(id, AccessAction.Write, current, gate, ct);
        if (problem is not null)
        {
            return problem;
        }

        var body = await ApiJson.ReadAsync<PrivacyNoticeRequest>(request, ct);
        if (body.Problem is { } bad)
        {
            return bad;
        }

        var result = await actions.RecordNoticeAsync(actor!, new FamilyId(id), body.Value!, ct);
        return !result.Succeeded
            ? FamilyMissing(result.Errors) is { } missing ? missing : ApiProblems.Invalid(result.Errors, "The privacy-notice explanation was not recorded")
            : TypedResults.Created($"/api/v1/families/{id}/privacy-notices", ConsentMapping.ToResponse(result.Value));
    }

    private static async Task<Results<Created<AgreementResponse>, ValidationProblem, ProblemHttpResult>> RecordAgreementAsync(
        Guid id, HttpRequest request, CurrentActor current, FamilyGate gate, ConsentActions actions, CancellationToken ct)
    {
        var (actor, problem) = await OpenAsync(id, AccessAction.Write, current, gate, ct);
        if (problem is not null)
        {
            return problem;
        }

        var body = await ApiJson.ReadAsync<AgreementRequest>(request, ct);
        if (body.Problem is { } bad)
        {
            return bad;
        }

        var result = await actions.RecordAgreementAsync(actor!, new FamilyId(id), body.Value!, ct);
        return !result.Succeeded
            ? FamilyMissing(result.Errors) is { } missing ? missing : ApiProblems.Invalid(result.Errors, "The agreement to support was not recorded")
            : TypedResults.Created($"/api/v1/families/{id}/service-agreement",
                new AgreementResponse(result.Value.Id, id, result.Value.AgreedOn, result.Value.RecordedBy.Value, result.Value.RecordedAt));
    }

    private static async Task<(Actor? Actor, ProblemHttpResult? Problem)> OpenAsync(Guid id, AccessAction action, CurrentActor current, FamilyGate gate, CancellationToken ct)
    {
        if (await current.GetAsync(ct) is not { } actor)
        {
            return (null, ApiProblems.SignedOut());
        }

        var access = await gate.CheckAsync(actor, new FamilyId(id), action, ct, ConsentActions.Part, fullViewOnly: true);
        return (actor, access.Refusal);
    }

    private static ProblemHttpResult? FamilyMissing(IReadOnlyList<ValidationError> errors) =>
        errors[0] is { Code: "not_found", Field: "familyId" } ? ApiProblems.NotFound("family") : null;
}
