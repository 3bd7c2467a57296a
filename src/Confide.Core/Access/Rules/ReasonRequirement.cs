using Confide.Core.Profiles;
using Confide.Core.Staff;

namespace Confide.Core.Access.Rules;

/// <summary>
/// Must the person give a reason before the file opens (SUF-04, LEI-16)? Only for reading: discovering a file in a
/// list, or writing to a file already opened, never asks again. The profile names the roles that must; an allowance
/// resting on one of them is held back until a reason is given.
/// </summary>
internal static class ReasonRequirement
{
    /// <summary>True when <paramref name="reason"/> counts as a reason: "other" needs some words.</summary>
    public static bool IsGiven(AccessReason? reason) =>
        reason is not null && (reason.Purpose != AccessPurpose.Other || reason.HasDetail);

    /// <summary>
    /// True when the profile asks a reason of an allowance resting on <paramref name="basis"/>. A relationship with no
    /// role behind it (a line manager who holds none of the managing roles) asks one if any role the person holds must.
    /// </summary>
    public static bool Demands(AccessRules rules, Actor actor, Role? basis)
    {
        foreach (var role in rules.ReasonRequiredRoles)
        {
            if (basis is null ? actor.Has(role) : role == basis)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The allowance in <paramref name="verdict"/>, or a refusal asking for a reason when the profile demands one.</summary>
    public static AccessDecision Apply(RuleVerdict verdict, in ReasonQuestion question)
    {
        var decision = verdict.Decision!;
        if (verdict.ReasonExempt || question.Action != AccessAction.Read || IsGiven(question.Reason)
            || !Demands(question.Rules, question.Actor, decision.Basis))
        {
            return decision;
        }

        var who = decision.Basis is { } role ? $"a {role.Name().Replace('_', ' ')}" : "this person";
        return decision with
        {
            Allowed = false,
            View = FileView.None,
            Obligations = AccessObligations.None,
            ReasonRequired = true,
            Explanation = $"This organisation asks {who} to give a reason before the file opens. {decision.Explanation}",
        };
    }
}
