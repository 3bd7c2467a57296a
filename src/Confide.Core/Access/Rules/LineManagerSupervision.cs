using Confide.Core.Staff;

namespace Confide.Core.Access.Rules;

/// <summary>
/// Does the person line-manage the file's assigned coordinator, or a volunteer matched to the family today (WIR-19)?
/// Supervision is reading: the whole file with special-category fields masked, never changing, exporting or sharing.
/// The supervisee relation is the fact; the basis is the role the supervisor holds that fits it, if any.
/// </summary>
internal sealed class LineManagerSupervision : IAccessRule<AccessRequest>
{
    private static readonly Role[] OverCoordinator = [Role.SchemeManager, Role.ChiefOfficer, Role.Coordinator];
    private static readonly Role[] OverVolunteer = [Role.Coordinator, Role.SchemeManager, Role.ChiefOfficer];

    private static readonly TermsByBasis CoordinatorTerms = Terms("This person line-manages the coordinator the file is assigned to.");
    private static readonly TermsByBasis VolunteerTerms = Terms("This person line-manages a volunteer matched to this family.");

    public RuleVerdict Evaluate(AccessRequest request)
    {
        var (actor, file) = (request.Actor, request.File);
        if (actor.Supervisees.Count == 0)
        {
            return RuleVerdict.NotApplicable;
        }

        if (file.AssignedCoordinatorId is { } coordinator && actor.Supervisees.Contains(coordinator))
        {
            return CoordinatorTerms[actor.FirstHeld(OverCoordinator)].For(request.Action);
        }

        var day = request.UtcDay();
        foreach (var match in file.Matches)
        {
            if (actor.Supervisees.Contains(match.VolunteerId) && match.IsActiveOn(day))
            {
                return VolunteerTerms[actor.FirstHeld(OverVolunteer)].For(request.Action);
            }
        }

        return RuleVerdict.NotApplicable;
    }

    private static TermsByBasis Terms(string why) => new(basis => new ActionTable(
        Decisions.Allow(AccessRuleNames.LineManagerSupervision, basis, FileView.Full, AccessObligations.MaskSpecialCategory, why),
        Decisions.Refuse(AccessRuleNames.LineManagerSupervision, basis,
            "Supervision lets a line manager read the file, not change, export or share it."),
        AccessAction.Read, AccessAction.Discover));
}
