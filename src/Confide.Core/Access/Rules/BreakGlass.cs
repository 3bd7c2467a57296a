using Confide.Core.Staff;

namespace Confide.Core.Access.Rules;

/// <summary>
/// Is the person breaking the glass: asking for emergency access outside their relationships? Only staff who may have
/// to act in an emergency can, only to read, only with a reason in words; the safeguarding lead is alerted and the
/// access is reviewed afterwards. Asked only when no relationship rule would allow the request.
/// </summary>
internal sealed class BreakGlass : IAccessRule<AccessRequest>
{
    private static IReadOnlyList<Role> Eligible => NeedToKnowPolicy.BreakGlassRoles;

    private static readonly TermsByBasis Terms = new(basis => new ActionTable(
        Decisions.Allow(AccessRuleNames.BreakGlass, basis, FileView.Full,
            AccessObligations.AlertSafeguardingLead | AccessObligations.ReviewAfterwards,
            "Emergency access (break-glass): the safeguarding lead is alerted and the access will be reviewed."),
        Decisions.Refuse(AccessRuleNames.BreakGlass, basis, "Breaking the glass opens a file for reading only."),
        AccessAction.Read));

    private static readonly AccessDecision NotAvailable = Decisions.Refuse(AccessRuleNames.BreakGlassNotAvailable, null,
        "Emergency access is open only to coordinators, scheme managers, the chief officer, the office manager and the safeguarding lead.");

    public RuleVerdict Evaluate(AccessRequest request)
    {
        if (!request.BreakGlass)
        {
            return RuleVerdict.NotApplicable;
        }

        if (request.Actor.FirstHeld(Eligible) is not { } basis)
        {
            return NotAvailable;
        }

        var decision = Terms[basis].For(request.Action);
        if (decision.Allowed && request.Reason?.HasDetail != true)
        {
            return Decisions.Refuse(AccessRuleNames.BreakGlass, basis,
                "Emergency access needs a reason, in a few words, before the file opens.") with { ReasonRequired = true };
        }

        return decision;
    }
}
