using Confide.Core.Access;
using Confide.Core.Families;
using Confide.Data.Families;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Confide.Web.Features.Api;

/// <summary>
/// Asks the access policy about a family for an API request. A family that does not exist, belongs to another
/// organisation or may not be read is the same 404, so a refusal never hints that a file exists; a readable
/// file on which the action is refused is a 403 carrying the policy's explanation.
/// </summary>
internal sealed class FamilyGate(FamilyRecords families, IAccessPolicy policy, TimeProvider time)
{
    public sealed record Outcome(AccessDecision? Decision, ProblemHttpResult? Refusal);

    public async Task<Outcome> CheckAsync(Actor actor, FamilyId id, AccessAction action, CancellationToken ct)
    {
        var file = await families.GetRelationshipsAsync(actor.OrganisationId, id, ct);
        if (file is null)
        {
            return new(null, ApiProblems.NotFound("family"));
        }

        var read = policy.Decide(new AccessRequest(actor, AccessAction.Read, file, time.GetUtcNow()));
        if (!read.Allowed)
        {
            return new(null, ApiProblems.NotFound("family"));
        }

        if (action == AccessAction.Read)
        {
            return new(read, null);
        }

        var decision = policy.Decide(new AccessRequest(actor, action, file, time.GetUtcNow()));
        return decision.Allowed ? new(decision, null) : new(null, ApiProblems.Forbidden(decision.Explanation));
    }
}
