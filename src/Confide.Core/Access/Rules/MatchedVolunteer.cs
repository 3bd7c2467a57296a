using Confide.Core.Staff;

namespace Confide.Core.Access.Rules;

/// <summary>
/// Is the person a volunteer matched to the family on the request's UTC day (SUF-02, LEI-01)? The volunteer view, and
/// their own notes; nothing once the match has ended.
/// </summary>
internal sealed class MatchedVolunteer : IAccessRule<AccessRequest>
{
    private static readonly ActionTable Terms = new(
        Decisions.Allow(AccessRuleNames.MatchedVolunteer, Role.Volunteer, FileView.Volunteer, AccessObligations.None,
            "The volunteer is matched to this family."),
        Decisions.Refuse(AccessRuleNames.MatchedVolunteer, Role.Volunteer,
            "A volunteer cannot export or share a family's information."),
        AccessAction.Read, AccessAction.Write, AccessAction.Discover);

    public RuleVerdict Evaluate(AccessRequest request)
    {
        if (!request.Actor.Has(Role.Volunteer))
        {
            return RuleVerdict.NotApplicable;
        }

        var day = request.UtcDay();
        foreach (var match in request.File.Matches)
        {
            if (match.VolunteerId == request.Actor.UserId && match.IsActiveOn(day))
            {
                return Terms.For(request.Action);
            }
        }

        return RuleVerdict.NotApplicable;
    }
}
