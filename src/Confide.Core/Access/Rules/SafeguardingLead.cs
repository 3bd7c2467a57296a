using Confide.Core.Staff;

namespace Confide.Core.Access.Rules;

/// <summary>Is the person the organisation's designated safeguarding lead? Every family file, unmasked.</summary>
internal sealed class SafeguardingLead : IAccessRule<AccessRequest>
{
    private static readonly ActionTable Terms = new(
        Decisions.Allow(AccessRuleNames.SafeguardingLead, Role.SafeguardingLead, FileView.Full, AccessObligations.None,
            "The safeguarding lead may see every family's file."),
        Decisions.Refuse(AccessRuleNames.SharingDecisionRequired, Role.SafeguardingLead,
            "Exports and shares go through a recorded sharing decision, not a plain access."),
        AccessAction.Read, AccessAction.Write, AccessAction.Discover);

    public RuleVerdict Evaluate(AccessRequest request) =>
        request.Actor.Has(Role.SafeguardingLead) ? Terms.For(request.Action) : RuleVerdict.NotApplicable;
}
