namespace Confide.Core.Access.Rules;

/// <summary>Is the personnel file the person's own (CFS-07)? They may read it, and never need to give a reason.</summary>
internal sealed class OwnRecord : IAccessRule<PersonnelAccessRequest>
{
    private static readonly ActionTable Terms = new(
        Decisions.Allow(AccessRuleNames.OwnRecord, null, FileView.Full, AccessObligations.None, "This is the person's own record."),
        Decisions.Refuse(AccessRuleNames.OwnRecord, null,
            "A person can read their own record; changes are made by their line manager or the staff who keep personnel files."),
        AccessAction.Read, AccessAction.Discover);

    public RuleVerdict Evaluate(PersonnelAccessRequest request) =>
        request.File.Subject == request.Actor.UserId
            ? new RuleVerdict(Terms.For(request.Action), ReasonExempt: true)
            : RuleVerdict.NotApplicable;
}
