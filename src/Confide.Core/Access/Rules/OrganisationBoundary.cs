namespace Confide.Core.Access.Rules;

/// <summary>Is the file held by another organisation? Then it does not exist for this person.</summary>
internal sealed class OrganisationBoundary : IAccessRule<AccessRequest>, IAccessRule<PersonnelAccessRequest>
{
    private static readonly AccessDecision Outside =
        Decisions.Hide(AccessRuleNames.OrganisationBoundary, "The file belongs to another organisation.");

    public RuleVerdict Evaluate(AccessRequest request) =>
        request.Actor.OrganisationId != request.File.OrganisationId ? Outside : RuleVerdict.NotApplicable;

    public RuleVerdict Evaluate(PersonnelAccessRequest request) =>
        request.Actor.OrganisationId != request.File.OrganisationId ? Outside : RuleVerdict.NotApplicable;
}
