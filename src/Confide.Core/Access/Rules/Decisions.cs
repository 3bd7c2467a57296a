using Confide.Core.Staff;

namespace Confide.Core.Access.Rules;

/// <summary>Builds decisions with the fields the plain factories on <see cref="AccessDecision"/> leave out.</summary>
internal static class Decisions
{
    public static AccessDecision Allow(string rule, Role? basis, FileView view, AccessObligations obligations, string explanation) =>
        new(true, rule, view, explanation) { Basis = basis, Obligations = obligations };

    public static AccessDecision Refuse(string rule, Role? basis, string explanation) =>
        new(false, rule, FileView.None, explanation) { Basis = basis };

    /// <summary>A refusal that must look exactly like a missing file.</summary>
    public static AccessDecision Hide(string rule, string explanation) =>
        new(false, rule, FileView.None, explanation) { HideExistence = true };
}
