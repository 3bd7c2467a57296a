using Confide.Core.Staff;

namespace Confide.Core.Access.Rules;

/// <summary>Is the person the line manager of the person the personnel file is about (WIR-29)?</summary>
internal sealed class LineManager : IAccessRule<PersonnelAccessRequest>
{
    private static readonly Role[] Managing = [Role.SchemeManager, Role.ChiefOfficer, Role.Coordinator];

    private static readonly TermsByBasis Terms = new(basis => new ActionTable(
        Decisions.Allow(AccessRuleNames.LineManager, basis, FileView.Full, AccessObligations.None,
            "This person is the line manager of the person the file is about."),
        Decisions.Refuse(AccessRuleNames.LineManager, basis, "Personnel files are not exported or shared."),
        AccessAction.Read, AccessAction.Write, AccessAction.Discover));

    public RuleVerdict Evaluate(PersonnelAccessRequest request) =>
        request.File.LineManagerId == request.Actor.UserId
            ? Terms[request.Actor.FirstHeld(Managing)].For(request.Action)
            : RuleVerdict.NotApplicable;
}
