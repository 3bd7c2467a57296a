namespace Confide.Core.Access.Rules;

/// <summary>A rule's answer: it does not apply (the next rule is asked), or the decision it makes.</summary>
/// <param name="Decision">The decision, or null when the rule does not apply.</param>
/// <param name="ReasonExempt">True when an allowance never needs a reason, whatever the profile says (a person's own record).</param>
internal readonly record struct RuleVerdict(AccessDecision? Decision, bool ReasonExempt = false)
{
    /// <summary>The rule has nothing to say about this request.</summary>
    public static RuleVerdict NotApplicable => default;

    /// <summary>True when the rule decided.</summary>
    public bool Applies => Decision is not null;

    /// <summary>The rule decided <paramref name="decision"/>.</summary>
    public static implicit operator RuleVerdict(AccessDecision decision) => new(decision);
}
