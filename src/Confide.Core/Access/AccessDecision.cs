using Confide.Core.Staff;

namespace Confide.Core.Access;

/// <summary>An access decision and the rule that made it, so Confide can say why.</summary>
/// <param name="Allowed">Whether the request is allowed.</param>
/// <param name="Rule">The stable name of the rule that decided, e.g. <c>assigned-coordinator</c>.</param>
/// <param name="View">Which fields the actor sees when allowed.</param>
/// <param name="Explanation">One sentence a manager can read.</param>
public sealed record AccessDecision(bool Allowed, string Rule, FileView View, string Explanation)
{
    /// <summary>
    /// True when a rule would allow the request but the profile demands a reason and none was given:
    /// the request is refused until the person gives one (ask, then decide again with the reason).
    /// </summary>
    public bool ReasonRequired { get; init; }

    /// <summary>The role the deciding rule relied on, if any.</summary>
    public Role? Basis { get; init; }

    /// <summary>What the caller must do alongside an allowance.</summary>
    public AccessObligations Obligations { get; init; }

    /// <summary>
    /// True when the refusal must look exactly like a missing file (other organisation, conflict of interest):
    /// the person may not even learn the file exists. Otherwise a refusal is a 403 with the explanation.
    /// </summary>
    public bool HideExistence { get; init; }

    /// <summary>An allowance under <paramref name="rule"/>.</summary>
    public static AccessDecision Allow(string rule, FileView view, string explanation) => new(true, rule, view, explanation);

    /// <summary>A refusal under <paramref name="rule"/>.</summary>
    public static AccessDecision Refuse(string rule, string explanation) => new(false, rule, FileView.None, explanation);
}
