using Confide.Core.Staff;

namespace Confide.Core.Access.Rules;

/// <summary>Is the person an administrator with no other reason to see the file? Administrators never see content.</summary>
internal sealed class AdministratorNoContent : IAccessRule<AccessRequest>, IAccessRule<PersonnelAccessRequest>
{
    private static readonly AccessDecision FamilyFile = Decisions.Refuse(AccessRuleNames.AdministratorNoContent, Role.Administrator,
        "Administrators manage accounts and configuration, never family content.");

    private static readonly AccessDecision PersonnelFile = Decisions.Refuse(AccessRuleNames.AdministratorNoContent, Role.Administrator,
        "Administrators manage accounts and configuration, never the personal records of staff, volunteers and trustees.");

    public RuleVerdict Evaluate(AccessRequest request) =>
        request.Actor.Has(Role.Administrator) ? FamilyFile : RuleVerdict.NotApplicable;

    public RuleVerdict Evaluate(PersonnelAccessRequest request) =>
        request.Actor.Has(Role.Administrator) ? PersonnelFile : RuleVerdict.NotApplicable;
}
