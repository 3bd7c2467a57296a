using Confide.Core.Profiles;

namespace Confide.Core.Access;

/// <summary>
/// Answers "who can see this file?" and "why can X see this?" by asking the policy itself, so the answer can never
/// drift from what the policy enforces. Pure: the caller supplies the candidates and the file's relationships.
/// Break-glass is not counted: it is an emergency, not a way of seeing a file.
/// </summary>
public static class AccessExplainer
{
    /// <summary>The reason assumed when asking whether a person could read a file if they gave one.</summary>
    public static AccessReason AssumedReason { get; } = new(AccessPurpose.Other, "Assumed, to answer who can see this file.");

    /// <summary>The candidates who could read the family file at <paramref name="at"/> (giving a reason where asked), each with the decision.</summary>
    public static IReadOnlyList<AccessExplanation> WhoCanSee(IAccessPolicy policy, FileRelationships file, IEnumerable<Actor> candidates, AccessRules rules, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return candidates.Select(actor => WhyCan(policy, actor, file, rules, at)).Where(e => e.Allowed).ToList();
    }

    /// <summary>Whether and why <paramref name="actor"/> can do <paramref name="action"/> to the family file at <paramref name="at"/>.</summary>
    public static AccessExplanation WhyCan(IAccessPolicy policy, Actor actor, FileRelationships file, AccessRules rules, DateTimeOffset at, AccessAction action = AccessAction.Read)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var request = new AccessRequest(actor, action, file, at) { Rules = rules };
        return Explain(actor, policy.Decide(request), () => policy.Decide(request with { Reason = AssumedReason }));
    }

    /// <summary>The candidates who could read the personnel file at <paramref name="at"/> (giving a reason where asked), each with the decision.</summary>
    public static IReadOnlyList<AccessExplanation> WhoCanSee(IAccessPolicy policy, PersonnelFileFacts file, IEnumerable<Actor> candidates, AccessRules rules, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return candidates.Select(actor => WhyCan(policy, actor, file, rules, at)).Where(e => e.Allowed).ToList();
    }

    /// <summary>Whether and why <paramref name="actor"/> can do <paramref name="action"/> to the personnel file at <paramref name="at"/>.</summary>
    public static AccessExplanation WhyCan(IAccessPolicy policy, Actor actor, PersonnelFileFacts file, AccessRules rules, DateTimeOffset at, AccessAction action = AccessAction.Read)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var request = new PersonnelAccessRequest(actor, action, file, at) { Rules = rules };
        return Explain(actor, policy.Decide(request), () => policy.Decide(request with { Reason = AssumedReason }));
    }

    // A decision that does not ask for a reason would not change with one: decide again only when it does.
    private static AccessExplanation Explain(Actor actor, AccessDecision withoutReason, Func<AccessDecision> withReason) =>
        new(actor, withoutReason, withoutReason.ReasonRequired ? withReason() : withoutReason);
}
