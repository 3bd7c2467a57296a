using Confide.Core.Access;
using Confide.Core.Audit;
using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Core.Staff;
using Confide.Data.Access;
using Confide.Web.Features.Access;
using Confide.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Confide.Web.Features.Api;

/// <summary><c>/api/v1</c> grants and conflict-of-interest exclusions; each change is audited and takes effect on the next request.</summary>
internal static class GrantsApi
{
    public sealed record GrantBody(string? Kind, Guid? GranteeId, IReadOnlyList<Guid>? Files, DateTimeOffset? ValidFrom, DateTimeOffset? ValidUntil, string? Purpose);

    public sealed record GrantResponse(Guid Id, string Kind, Guid GranteeId, Guid IssuedBy, DateTimeOffset ValidFrom, DateTimeOffset ValidUntil, string Purpose,
        DateTimeOffset? RevokedAt, DateTimeOffset? UndertakingSignedAt, Guid? PresentCoordinatorId, DateTimeOffset? PresentUntil, IReadOnlyList<Guid> Files);

    public sealed record ExclusionBody(Guid? UserId, string? Kind, Guid? ResourceId);

    public sealed record ExclusionResponse(Guid Id, Guid UserId, string Kind, Guid ResourceId, Guid DeclaredBy, DateTimeOffset DeclaredAt, DateTimeOffset? LiftedAt);

    private static readonly Dictionary<string, GrantKind> Kinds = new(StringComparer.Ordinal)
    {
        ["trustee-spot-check"] = GrantKind.TrusteeSpotCheck,
        ["auditor-sample"] = GrantKind.AuditorSample,
        ["contractor-incidental"] = GrantKind.ContractorIncidental,
    };

    public static RouteGroupBuilder MapGrantsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/grants", ListAsync);
        api.MapPost("/grants", IssueAsync).Accepts<GrantBody>("application/json");
        api.MapPost("/grants/{id:guid}/revoke", (Guid id, CurrentActor c, AccessGrants g, AccessAudit a, CancellationToken ct) =>
            ActAsync(c, a, StaffTask.ManageGrants, "grant.revoke", id, actor => g.RevokeAsync(actor.OrganisationId, new GrantId(id), actor.UserId, ct), ct));
        api.MapPost("/grants/{id:guid}/presence", (Guid id, CurrentActor c, AccessGrants g, AccessAudit a, CancellationToken ct) =>
            ActAsync(c, a, StaffTask.AttestPresence, "grant.attest-presence", id, actor => g.AttestPresenceAsync(actor.OrganisationId, new GrantId(id), actor.UserId, GrantsModel.Sitting, ct), ct));
        api.MapPost("/grants/{id:guid}/undertaking", (Guid id, CurrentActor c, AccessGrants g, AccessAudit a, CancellationToken ct) =>
            ActAsync(c, a, StaffTask.RecordUndertaking, "grant.undertaking", id, actor => g.RecordUndertakingAsync(actor.OrganisationId, new GrantId(id), actor.UserId, ct), ct));
        api.MapGet("/exclusions", ListExclusionsAsync);
        api.MapPost("/exclusions", DeclareAsync).Accepts<ExclusionBody>("application/json");
        api.MapPost("/exclusions/{id:guid}/lift", LiftAsync);
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<GrantResponse>>, ProblemHttpResult>> ListAsync(CurrentActor current, AccessGrants grants, CancellationToken ct)
    {
        var (actor, refusal) = await MayAsync(current, ct, StaffTask.ManageGrants, StaffTask.AttestPresence, StaffTask.RecordUndertaking);
        return refusal ?? (Results<Ok<IReadOnlyList<GrantResponse>>, ProblemHttpResult>)TypedResults.Ok<IReadOnlyList<GrantResponse>>(
            (await grants.ListAsync(actor!.OrganisationId, ct)).Select(Response).ToList());
    }

    private static async Task<Results<Created<GrantResponse>, ValidationProblem, ProblemHttpResult>> IssueAsync(
        HttpRequest request, CurrentActor current, AccessGrants grants, AccessAudit audit, CancellationToken ct)
    {
        var (actor, refusal) = await MayAsync(current, ct, StaffTask.ManageGrants);
        if (refusal is not null)
        {
            return refusal;
        }

        var body = await ApiJson.ReadAsync<GrantBody>(request, ct);
        if (body.Problem is { } problem)
        {
            return problem;
        }

        var b = body.Value!;
        var v = new Validator()
            .When(b.Kind is null || !Kinds.ContainsKey(b.Kind), "kind", "required", "Give the kind: trustee-spot-check, auditor-sample or contractor-incidental.")
            .When(b.GranteeId is null, "granteeId", "required", "Give the account id of the person the grant is for.")
            .When(b.ValidFrom is null, "validFrom", "required", "Give when the grant starts, like 2026-11-21T09:00:00Z.")
            .When(b.ValidUntil is null, "validUntil", "required", "Give when the grant ends, like 2026-11-28T17:00:00Z.");
        if (v.HasErrors)
        {
            return ApiProblems.Invalid(v.Errors, "The grant was not issued");
        }

        var issued = await grants.IssueAsync(actor!.OrganisationId, new GrantRequest(Kinds[b.Kind!], new UserId(b.GranteeId!.Value),
            (b.Files ?? []).Select(f => new FamilyId(f)).ToList(), b.ValidFrom!.Value, b.ValidUntil!.Value, b.Purpose?.Trim() ?? ""), actor.UserId, ct);
        if (!issued.Succeeded)
        {
            return ApiProblems.Invalid(issued.Errors, "The grant was not issued");
        }

        await audit.RecordAsync(actor, "grant.issue", "grant", issued.Value.Id.ToString(), AuditOutcome.Allowed, ct: ct);
        var listing = (await grants.ListAsync(actor.OrganisationId, ct)).First(l => l.Grant.Id == issued.Value.Id);
        return TypedResults.Created($"/api/v1/grants/{issued.Value.Id}", Response(listing));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ActAsync<T>(CurrentActor current, AccessAudit audit, StaffTask task,
        string action, Guid id, Func<Actor, Task<Result<T>>> act, CancellationToken ct)
    {
        var (actor, refusal) = await MayAsync(current, ct, task);
        if (refusal is not null)
        {
            return refusal;
        }

        var result = await act(actor!);
        if (!result.Succeeded)
        {
            return result.Errors.Any(e => e.Code == "not_found") ? ApiProblems.NotFound(action.Split('.')[0]) : ApiProblems.Invalid(result.Errors, "Nothing was changed");
        }

        await audit.RecordAsync(actor!, action, action.Split('.')[0], id.ToString("D"), AuditOutcome.Allowed, ct: ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<IReadOnlyList<ExclusionResponse>>, ProblemHttpResult>> ListExclusionsAsync(CurrentActor current, ConflictExclusions exclusions, CancellationToken ct)
    {
        var (actor, refusal) = await MayAsync(current, ct, StaffTask.ManageExclusions);
        return refusal ?? (Results<Ok<IReadOnlyList<ExclusionResponse>>, ProblemHttpResult>)TypedResults.Ok<IReadOnlyList<ExclusionResponse>>(
            (await exclusions.ListAsync(actor!.OrganisationId, ct)).Select(Response).ToList());
    }

    private static async Task<Results<Created<ExclusionResponse>, ValidationProblem, ProblemHttpResult>> DeclareAsync(
        HttpRequest request, CurrentActor current, ConflictExclusions exclusions, AccessAudit audit, CancellationToken ct)
    {
        var (actor, refusal) = await MayAsync(current, ct, StaffTask.ManageExclusions);
        if (refusal is not null)
        {
            return refusal;
        }

        var body = await ApiJson.ReadAsync<ExclusionBody>(request, ct);
        if (body.Problem is { } problem)
        {
            return problem;
        }

        var b = body.Value!;
        var v = new Validator()
            .When(b.UserId is null, "userId", "required", "Give the account id of the person with the conflict of interest.")
            .When(!ResourceKinds.IsKnown(b.Kind), "kind", "required", "Give the kind of file: family or personnel.")
            .When(b.ResourceId is null, "resourceId", "required", "Give the id of the family, or of the colleague whose personnel file it is.");
        if (v.HasErrors)
        {
            return ApiProblems.Invalid(v.Errors, "The conflict of interest was not declared");
        }

        var target = b.Kind == ResourceKinds.Family ? ExclusionTarget.Family(new FamilyId(b.ResourceId!.Value)) : ExclusionTarget.Personnel(new UserId(b.ResourceId!.Value));
        var declared = await exclusions.DeclareAsync(actor!.OrganisationId, new UserId(b.UserId!.Value), target, actor.UserId, ct);
        if (!declared.Succeeded)
        {
            return ApiProblems.Invalid(declared.Errors, "The conflict of interest was not declared");
        }

        await audit.RecordAsync(actor, "exclusion.declare", "exclusion", declared.Value.Id.ToString(), AuditOutcome.Allowed, ct: ct);
        return TypedResults.Created($"/api/v1/exclusions/{declared.Value.Id}", Response(declared.Value));
    }

    private static Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> LiftAsync(Guid id, CurrentActor current, ConflictExclusions exclusions, AccessAudit audit, CancellationToken ct) =>
        ActAsync(current, audit, StaffTask.ManageExclusions, "exclusion.lift", id, actor => exclusions.LiftAsync(actor.OrganisationId, new ExclusionId(id), actor.UserId, ct), ct);

    private static async Task<(Actor? Actor, ProblemHttpResult? Refusal)> MayAsync(CurrentActor current, CancellationToken ct, params StaffTask[] tasks)
    {
        if (await current.GetAsync(ct) is not { } actor)
        {
            return (null, ApiProblems.SignedOut());
        }

        return tasks.Any(t => StaffTasks.May(actor, t))
            ? (actor, null)
            : (actor, ApiProblems.Forbidden($"This needs one of the roles: {string.Join(", ", tasks.SelectMany(StaffTasks.RolesFor).Distinct().Select(r => r.Name()))}."));
    }

    private static GrantResponse Response(AccessGrants.Listing l) => new(l.Grant.Id.Value, Kinds.First(k => k.Value == l.Grant.Kind).Key, l.Grant.GranteeId.Value,
        l.Grant.IssuedBy.Value, l.Grant.ValidFrom, l.Grant.ValidUntil, l.Grant.Purpose, l.Grant.RevokedAt, l.Grant.UndertakingSignedAt,
        l.Grant.Presence?.CoordinatorId.Value, l.Grant.Presence?.Until, l.Files.Select(f => f.Value).ToList());

    private static ExclusionResponse Response(ConflictExclusion e) =>
        new(e.Id.Value, e.UserId.Value, e.Target.Kind, e.Target.Id, e.DeclaredBy.Value, e.DeclaredAt, e.LiftedAt);
}
