using Confide.Core.Staff;

namespace Confide.Core.Access;

/// <summary>
/// The first access rules: the organisation boundary, the assigned coordinator (whole file), the matched
/// volunteer (volunteer view, only while the match is active), and nothing for anyone else, administrators
/// included. The need-to-know engine (grants, supervision, safeguarding lead, exclusions, break-glass)
/// replaces this behind the same <see cref="IAccessPolicy"/> seam.
/// </summary>
public sealed class RelationshipAccessPolicy : IAccessPolicy
{
    /// <inheritdoc />
    public AccessDecision Decide(AccessRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (actor, action, file) = (request.Actor, request.Action, request.File);
        if (actor.OrganisationId != file.OrganisationId)
        {
            return AccessDecision.Refuse("organisation-boundary", "The file belongs to another organisation.");
        }

        if (actor.Has(Role.Coordinator) && file.AssignedCoordinatorId == actor.UserId)
        {
            return action is AccessAction.Export or AccessAction.Share
                ? AccessDecision.Refuse("not-yet-supported", "Exports and shares go through a recorded sharing decision.")
                : AccessDecision.Allow("assigned-coordinator", FileView.Full, "The file is assigned to this coordinator.");
        }

        var today = DateOnly.FromDateTime(request.At.UtcDateTime);
        if (actor.Has(Role.Volunteer) && file.Matches.Any(m => m.VolunteerId == actor.UserId && m.IsActiveOn(today)))
        {
            return action is AccessAction.Read or AccessAction.Discover or AccessAction.Write
                ? AccessDecision.Allow("matched-volunteer", FileView.Volunteer, "The volunteer is matched to this family.")
                : AccessDecision.Refuse("matched-volunteer", "A volunteer cannot export or share a family's information.");
        }

        return actor.Has(Role.Administrator)
            ? AccessDecision.Refuse("administrator-no-content", "Administrators manage accounts and configuration, never family content.")
            : AccessDecision.Refuse("no-relationship", "This person has no role in supporting this family.");
    }

    /// <inheritdoc />
    public AccessDecision Decide(PersonnelAccessRequest request) =>
        AccessDecision.Refuse("no-relationship", "Personnel files are decided by the need-to-know engine.");
}
