using Confide.Core.Staff;

namespace Confide.Core.Access.Rules;

/// <summary>Is the person the coordinator the family file is assigned to (SUF-02, CFS-03)? The whole file, unmasked.</summary>
internal sealed class AssignedCoordinator : IAccessRule<AccessRequest>
{
    private static readonly ActionTable Terms = new(
        Decisions.Allow(AccessRuleNames.AssignedCoordinator, Role.Coordinator, FileView.Full, AccessObligations.None,
            "The file is assigned to this coordinator."),
        Decisions.Refuse(AccessRuleNames.SharingDecisionRequired, Role.Coordinator,
            "Exports and shares go through a recorded sharing decision, not a plain access."),
        AccessAction.Read, AccessAction.Write, AccessAction.Discover);

    public RuleVerdict Evaluate(AccessRequest request) =>
        request.Actor.Has(Role.Coordinator) && request.File.AssignedCoordinatorId == request.Actor.UserId
            ? Terms.For(request.Action)
            : RuleVerdict.NotApplicable;
}
