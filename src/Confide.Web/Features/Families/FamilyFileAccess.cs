using Confide.Core.Access;
using Confide.Core.Families;
using Confide.Core.Staff;
using Confide.Data.Families;
using Confide.Web.Identity;

namespace Confide.Web.Features.Families;

/// <summary>
/// Family files as the signed-in person may see them: every list, search and opening asks the access policy,
/// and a file the person may not see is reported exactly like one that does not exist.
/// </summary>
public sealed class FamilyFileAccess(CurrentActor current, FamilyRecords families, IAccessPolicy policy, TimeProvider time)
{
    /// <summary>An opened file and the decision that allowed it.</summary>
    public sealed record Opened(Actor Actor, AccessDecision Decision, FileRelationships Relationships, FamilyFile File);

    /// <summary>The file, when the actor may do <paramref name="action"/> to it; otherwise null (shown as 404).</summary>
    public async Task<Opened?> OpenAsync(FamilyId id, AccessAction action, CancellationToken ct = default)
    {
        var actor = await current.GetAsync(ct);
        if (actor is null)
        {
            return null;
        }

        var relationships = await families.GetRelationshipsAsync(actor.OrganisationId, id, ct);
        if (relationships is null)
        {
            return null;
        }

        var decision = policy.Decide(new AccessRequest(actor, action, relationships, time.GetUtcNow()));
        if (!decision.Allowed)
        {
            return null;
        }

        var file = await families.GetAsync(actor.OrganisationId, id, ct);
        return file is null ? null : new Opened(actor, decision, relationships, FileViews.Apply(file, decision.View, actor.UserId));
    }

    /// <summary>Whether the actor who opened a file may also do <paramref name="action"/> to it.</summary>
    public bool Allows(Opened opened, AccessAction action)
    {
        ArgumentNullException.ThrowIfNull(opened);
        return policy.Decide(new AccessRequest(opened.Actor, action, opened.Relationships, time.GetUtcNow())).Allowed;
    }

    /// <summary>The actor's caseload: assigned families for a coordinator, actively matched ones for a volunteer.</summary>
    public async Task<IReadOnlyList<FamilySummary>> CaseloadAsync(CancellationToken ct = default)
    {
        var actor = await current.GetAsync(ct);
        if (actor is null)
        {
            return [];
        }

        var candidates = new HashSet<FamilyId>();
        if (actor.Has(Role.Coordinator))
        {
            candidates.UnionWith(await families.CaseloadAsync(actor.OrganisationId, actor.UserId, ct));
        }

        if (actor.Has(Role.Volunteer))
        {
            candidates.UnionWith(await families.MatchedToAsync(actor.OrganisationId, actor.UserId, ct));
        }

        return await DiscoverableAsync(actor, candidates, ct);
    }

    /// <summary>Search by name or postcode, showing only families the actor may discover.</summary>
    public async Task<IReadOnlyList<FamilySummary>> SearchAsync(string text, CancellationToken ct = default)
    {
        var actor = await current.GetAsync(ct);
        return actor is null ? [] : await DiscoverableAsync(actor, await families.SearchAsync(actor.OrganisationId, text, ct), ct);
    }

    private async Task<IReadOnlyList<FamilySummary>> DiscoverableAsync(Actor actor, IReadOnlyCollection<FamilyId> candidates, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var allowed = (await families.GetRelationshipsAsync(actor.OrganisationId, candidates, ct))
            .Where(r => policy.Decide(new AccessRequest(actor, AccessAction.Discover, r, now)).Allowed)
            .Select(r => r.FamilyId)
            .ToList();
        return await families.SummariseAsync(actor.OrganisationId, allowed, ct);
    }
}
