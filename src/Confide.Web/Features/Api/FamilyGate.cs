using Confide.Core.Access;
using Confide.Core.Families;
using Confide.Web.Features.Families;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Confide.Web.Features.Api;

/// <summary>
/// Asks for a family on behalf of an API request, through the same <see cref="FamilyFileAccess"/> as the pages: the
/// engine decides, the decision is on the record of access, and the file comes back cut to the caller's view. A file
/// that does not exist, or whose existence is confidential, is a 404; any other refusal is a 403 with the engine's
/// explanation; a missing reason is a 403 that says how to give one.
/// </summary>
internal sealed class FamilyGate(FamilyFileAccess files)
{
    public sealed record Outcome(FamilyFileAccess.Opened? Opened, ProblemHttpResult? Refusal)
    {
        public AccessDecision? Decision => Opened?.Decision;
    }

    public async Task<Outcome> CheckAsync(Actor actor, FamilyId id, AccessAction action, CancellationToken ct, string part = "file", bool fullViewOnly = false)
    {
        _ = actor;
        var outcome = await files.OpenAsync(id, action, part, ct, fullViewOnly);
        return outcome.Status switch
        {
            FamilyFileAccess.Status.Opened => new(outcome.File, null),
            FamilyFileAccess.Status.ReasonRequired => new(null, ApiProblems.ReasonRequired(id)),
            FamilyFileAccess.Status.Refused => new(null, ApiProblems.Forbidden(outcome.Decision!.Explanation, outcome.Decision.Rule)),
            _ => new(null, ApiProblems.NotFound("family")),
        };
    }
}
