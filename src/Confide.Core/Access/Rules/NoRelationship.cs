using System.Globalization;
using Confide.Core.Staff;

namespace Confide.Core.Access.Rules;

/// <summary>
/// The last rule: nothing gives the person a need to know, so they are refused (a 403, not hidden: they know the file
/// exists, e.g. from a link). Where a relationship lapsed, the explanation says so, for "why can't X see this?".
/// </summary>
internal sealed class NoRelationship : IAccessRule<AccessRequest>, IAccessRule<PersonnelAccessRequest>
{
    private const string FamilyFile = "This person has no role in supporting this family.";

    private static readonly AccessDecision Nobody = Decisions.Refuse(AccessRuleNames.NoRelationship, null, FamilyFile);

    private static readonly AccessDecision PersonnelFile = Decisions.Refuse(AccessRuleNames.NoRelationship, null,
        "A personnel file is open only to the person, their line manager and the roles the organisation names for personnel files.");

    public RuleVerdict Evaluate(AccessRequest request) =>
        Lapsed(request) is { } lapsed ? Decisions.Refuse(AccessRuleNames.NoRelationship, null, $"{FamilyFile} {lapsed}") : Nobody;

    public RuleVerdict Evaluate(PersonnelAccessRequest request) => PersonnelFile;

    /// <summary>Why a match or grant the person has on this file does not count now, or null when they have none.</summary>
    private static string? Lapsed(AccessRequest request)
    {
        var (actor, at, day) = (request.Actor, request.At, request.UtcDay());
        foreach (var match in request.File.Matches)
        {
            if (match.VolunteerId != actor.UserId)
            {
                continue;
            }

            if (match.EndedOn is { } ended && ended < day)
            {
                return $"Their match with this family ended on {Day(ended)}.";
            }

            if (match.StartedOn > day)
            {
                return $"Their match with this family starts on {Day(match.StartedOn)}.";
            }
        }

        foreach (var grant in request.File.Grants)
        {
            if (grant.GranteeId != actor.UserId)
            {
                continue;
            }

            var what = GrantFacts.Describe(grant.Kind);
            var role = GrantFacts.RoleFor(grant.Kind);
            if (!actor.Has(role))
            {
                return $"Their {what} for this file is for the {role.Name().Replace('_', ' ')} role, which they do not hold.";
            }

            if (grant.RevokedAt <= at)
            {
                return $"Their {what} for this file was revoked.";
            }

            if (grant.ValidUntil <= at)
            {
                return $"Their {what} for this file expired.";
            }

            if (grant.ValidFrom > at)
            {
                return $"Their {what} for this file has not started yet.";
            }
        }

        return null;
    }

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
