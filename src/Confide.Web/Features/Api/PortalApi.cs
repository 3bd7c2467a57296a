using Confide.Core.Access;
using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Core.Portal;
using Confide.Data.Letters;
using Confide.Data.Portal;
using Confide.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using static Confide.Web.Features.Api.PortalContracts;

namespace Confide.Web.Features.Api;

/// <summary>
/// <c>/api/v1</c> shares and referrer letters. Listing shares and drafting letters need Read with the full view of the
/// file; revoking, a new passcode and recording a letter as sent need Write with the full view. A share of another
/// organisation, or of a file the caller may not know exists, is a 404.
/// </summary>
internal static class PortalApi
{
    public static RouteGroupBuilder MapPortalApi(this RouteGroupBuilder api)
    {
        api.MapGet("/families/{id:guid}/shares", ListSharesAsync);
        api.MapPost("/shares/{shareId:guid}/revoke", RevokeAsync);
        api.MapPost("/shares/{shareId:guid}/passcode", ReissueAsync);
        api.MapGet("/families/{id:guid}/letters", ListLettersAsync);
        api.MapGet("/families/{id:guid}/letters/{kind}", DraftLetterAsync).Produces(StatusCodes.Status200OK, contentType: "application/pdf");
        api.MapPost("/families/{id:guid}/letters", RecordLetterAsync).Accepts<RecordLetterRequest>("application/json");
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<ShareResponse>>, ProblemHttpResult>> ListSharesAsync(
        Guid id, CurrentActor current, FamilyGate gate, SecureSharePortal portal, CancellationToken ct)
    {
        if (await current.GetAsync(ct) is not { } actor)
        {
            return ApiProblems.SignedOut();
        }

        var access = await gate.CheckAsync(actor, new FamilyId(id), AccessAction.Read, ct, "sharing", fullViewOnly: true);
        if (access.Refusal is { } refusal)
        {
            return refusal;
        }

        var shares = await portal.ListAsync(actor.OrganisationId, new FamilyId(id), ct);
        return TypedResults.Ok<IReadOnlyList<ShareResponse>>(shares.Select(ToResponse).ToList());
    }

    private static async Task<Results<Ok<ShareResponse>, ProblemHttpResult>> RevokeAsync(
        Guid shareId, CurrentActor current, FamilyGate gate, SecureSharePortal portal, CancellationToken ct)
    {
        if (await current.GetAsync(ct) is not { } actor)
        {
            return ApiProblems.SignedOut();
        }

        if (await CheckShareAsync(actor, shareId, gate, portal, ct) is { } refusal)
        {
            return refusal;
        }

        var family = (await portal.FamilyOfAsync(actor.OrganisationId, shareId, ct))!.Value;
        await portal.RevokeAsync(actor.OrganisationId, shareId, actor.UserId, ct);
        var share = (await portal.ListAsync(actor.OrganisationId, family, ct)).Single(s => s.Id == shareId);
        return TypedResults.Ok(ToResponse(share));
    }

    private static async Task<Results<Ok<PasscodeResponse>, ProblemHttpResult>> ReissueAsync(
        Guid shareId, CurrentActor current, FamilyGate gate, SecureSharePortal portal, CancellationToken ct)
    {
        if (await current.GetAsync(ct) is not { } actor)
        {
            return ApiProblems.SignedOut();
        }

        if (await CheckShareAsync(actor, shareId, gate, portal, ct) is { } refusal)
        {
            return refusal;
        }

        var issued = await portal.ReissuePasscodeAsync(actor.OrganisationId, shareId, actor.UserId, ct);
        return issued.Succeeded ? TypedResults.Ok(new PasscodeResponse(shareId, issued.Value)) : ApiProblems.Conflict(issued.Errors[0].Message);
    }

    private static async Task<Results<Ok<IReadOnlyList<SentLetterResponse>>, ProblemHttpResult>> ListLettersAsync(
        Guid id, CurrentActor current, FamilyGate gate, ReferrerLetters letters, CancellationToken ct)
    {
        if (await current.GetAsync(ct) is not { } actor)
        {
            return ApiProblems.SignedOut();
        }

        var access = await gate.CheckAsync(actor, new FamilyId(id), AccessAction.Read, ct, "letters", fullViewOnly: true);
        if (access.Refusal is { } refusal)
        {
            return refusal;
        }

        var sent = await letters.ListAsync(actor.OrganisationId, new FamilyId(id), ct);
        return TypedResults.Ok<IReadOnlyList<SentLetterResponse>>(sent.Select(l => ToResponse(id, l)).ToList());
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DraftLetterAsync(
        Guid id, string kind, HttpContext http, CurrentActor current, FamilyGate gate, ReferrerLetters letters, CancellationToken ct)
    {
        if (await current.GetAsync(ct) is not { } actor)
        {
            return ApiProblems.SignedOut();
        }

        var access = await gate.CheckAsync(actor, new FamilyId(id), AccessAction.Read, ct, "letters", fullViewOnly: true);
        if (access.Refusal is { } refusal)
        {
            return refusal;
        }

        if (!LetterCodes.TryParse(kind, out var parsed))
        {
            return ApiProblems.NotFound("letter of that kind (use support-started or support-ended)");
        }

        var opened = access.Opened!;
        var drafted = await letters.DraftAsync(actor.OrganisationId, opened.File, parsed, actor.UserId, http.TraceIdentifier, null, ct);
        return drafted.Succeeded
            ? TypedResults.File(drafted.Value.Pdf, "application/pdf", $"{opened.File.Family.Reference}-{kind}.pdf")
            : ApiProblems.Conflict(drafted.Errors[0].Message);
    }

    private static async Task<Results<Created<SentLetterResponse>, ValidationProblem, ProblemHttpResult>> RecordLetterAsync(
        Guid id, HttpRequest request, CurrentActor current, FamilyGate gate, ReferrerLetters letters, CancellationToken ct)
    {
        if (await current.GetAsync(ct) is not { } actor)
        {
            return ApiProblems.SignedOut();
        }

        var access = await gate.CheckAsync(actor, new FamilyId(id), AccessAction.Write, ct, "letters", fullViewOnly: true);
        if (access.Refusal is { } refusal)
        {
            return refusal;
        }

        var body = await ApiJson.ReadAsync<RecordLetterRequest>(request, ct);
        if (body.Problem is { } problem)
        {
            return problem;
        }

        if (!LetterCodes.TryParse(body.Value!.Kind, out var kind))
        {
            return ApiProblems.Invalid([new ValidationError("kind", "unknown", "Say which letter was sent: support-started or support-ended.")], "The letter was not recorded");
        }

        var recorded = await letters.RecordSentAsync(actor.OrganisationId, access.Opened!.File, kind, body.Value.SentOn, body.Value.Method,
            actor.UserId, request.HttpContext.TraceIdentifier, ct);
        if (!recorded.Succeeded)
        {
            return recorded.Errors[0].Field == "episode" || recorded.Errors[0].Field == "referral"
                ? ApiProblems.Conflict(recorded.Errors[0].Message)
                : ApiProblems.Invalid(recorded.Errors, "The letter was not recorded");
        }

        return TypedResults.Created($"/api/v1/families/{id}/letters", ToResponse(id, recorded.Value));
    }

    /// <summary>Write with the full view of the share's family; a share the caller cannot know of is a 404.</summary>
    private static async Task<ProblemHttpResult?> CheckShareAsync(Actor actor, Guid shareId, FamilyGate gate, SecureSharePortal portal, CancellationToken ct)
    {
        if (await portal.FamilyOfAsync(actor.OrganisationId, shareId, ct) is not { } family)
        {
            return ApiProblems.NotFound("share");
        }

        var access = await gate.CheckAsync(actor, family, AccessAction.Write, ct, "sharing", fullViewOnly: true);
        return access.Refusal is { } refusal
            ? refusal.StatusCode == StatusCodes.Status404NotFound ? ApiProblems.NotFound("share") : refusal
            : null;
    }

    private static ShareResponse ToResponse(ShareSummary s) =>
        new(s.Id, s.DecisionId, s.AgencyId, s.RecipientName, s.ItemCount, s.SentAt, s.ExpiresAt, s.RevokedAt,
            s.Status.ToString().ToLowerInvariant(), s.Views);

    private static SentLetterResponse ToResponse(Guid family, SentLetter l) =>
        new(l.Id, family, LetterCodes.Code(l.Kind), l.EpisodeId, l.Method, l.SentOn, l.RecordedBy, l.RecordedAt);
}
