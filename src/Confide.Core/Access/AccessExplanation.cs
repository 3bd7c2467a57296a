namespace Confide.Core.Access;

/// <summary>
/// The answer to "can this person see this file, and why?": the decision as things stand, and the decision once they
/// give a reason, so a page can say "yes", "yes, once they give a reason" or "no, because …".
/// </summary>
/// <param name="Actor">Who the question is about.</param>
/// <param name="WithoutReason">The decision if they ask without giving a reason.</param>
/// <param name="WithReason">The decision once they give a reason.</param>
public sealed record AccessExplanation(Actor Actor, AccessDecision WithoutReason, AccessDecision WithReason)
{
    /// <summary>True when the person can do it, giving a reason if the profile asks one.</summary>
    public bool Allowed => WithReason.Allowed;

    /// <summary>True when the person can do it only once they give a reason.</summary>
    public bool OnlyWithReason => WithoutReason.ReasonRequired && WithReason.Allowed;

    /// <summary>The decision to show: the allowance (with its rule and view) or the refusal and why.</summary>
    public AccessDecision Decision => WithReason;
}
