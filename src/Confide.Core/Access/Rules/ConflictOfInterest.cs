namespace Confide.Core.Access.Rules;

/// <summary>
/// Is the person excluded from this file by a declared conflict of interest (CFS-34, CFS-36)? Then the file does not
/// exist for them: not in search, lists or counts, and no role, relationship or break-glass brings it back.
/// </summary>
internal sealed class ConflictOfInterest : IAccessRule<AccessRequest>, IAccessRule<PersonnelAccessRequest>
{
    private static readonly AccessDecision Excluded = Decisions.Hide(
        AccessRuleNames.ConflictOfInterest,
        "This person is excluded from the file because of a declared conflict of interest.");

    public RuleVerdict Evaluate(AccessRequest request) =>
        request.File.Excluded.Contains(request.Actor.UserId) ? Excluded : RuleVerdict.NotApplicable;

    public RuleVerdict Evaluate(PersonnelAccessRequest request) =>
        request.File.Excluded.Contains(request.Actor.UserId) ? Excluded : RuleVerdict.NotApplicable;
}
