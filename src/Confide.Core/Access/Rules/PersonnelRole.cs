namespace Confide.Core.Access.Rules;

/// <summary>Does the person hold a role the profile names for personnel files (CFS-07: chief officer, office manager)?</summary>
internal sealed class PersonnelRole : IAccessRule<PersonnelAccessRequest>
{
    private static readonly TermsByBasis Terms = new(basis => new ActionTable(
        Decisions.Allow(AccessRuleNames.PersonnelRole, basis, FileView.Full, AccessObligations.None,
            "This organisation lets this role see the personal records of staff, volunteers and trustees."),
        Decisions.Refuse(AccessRuleNames.PersonnelRole, basis, "Personnel files are not exported or shared."),
        AccessAction.Read, AccessAction.Write, AccessAction.Discover));

    public RuleVerdict Evaluate(PersonnelAccessRequest request) =>
        request.Actor.FirstHeld(request.Rules.PersonnelFileRoles) is { } basis
            ? Terms[basis].For(request.Action)
            : RuleVerdict.NotApplicable;
}
