namespace Confide.Core.Access;

/// <summary>An access decision and the rule that made it, so Confide can say why.</summary>
/// <param name="Allowed">Whether the request is allowed.</param>
/// <param name="Rule">The stable name of the rule that decided, e.g. <c>assigned-coordinator</c>.</param>
/// <param name="View">Which fields the actor sees when allowed.</param>
/// <param name="Explanation">One sentence a manager can read.</param>
public sealed record AccessDecision(bool Allowed, string Rule, FileView View, string Explanation)
{
    /// <summary>An allowance under <paramref name="rule"/>.</summary>
    public static AccessDecision Allow(string rule, FileView view, string explanation) => new(true, rule, view, explanation);

    /// <summary>A refusal under <paramref name="rule"/>.</summary>
    public static AccessDecision Refuse(string rule, string explanation) => new(false, rule, FileView.None, explanation);
}
