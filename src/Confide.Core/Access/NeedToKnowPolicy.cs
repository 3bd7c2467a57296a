using Confide.Core.Staff;
using Confide.Core.Access.Rules;

namespace Confide.Core.Access;

/// <summary>
/// The need-to-know access engine (SPEC C2): small rules, each answering one question, combined in a fixed precedence,
/// every decision naming the rule that made it. Pure and stateless; see the README in this folder for the rules.
/// </summary>
public sealed class NeedToKnowPolicy : IAccessPolicy
{
    /// <summary>The roles that may break the glass: paid staff who might have to act in an emergency.</summary>
    public static IReadOnlyList<Role> BreakGlassRoles { get; } =
        [Role.Coordinator, Role.SchemeManager, Role.ChiefOfficer, Role.OfficeManager, Role.SafeguardingLead];

    private static readonly RulePrecedence<AccessRequest> FamilyFiles = new(
        gates: [new OrganisationBoundary(), new ConflictOfInterest()],
        relationships:
        [
            new AssignedCoordinator(),
            new SafeguardingLead(),
            new LineManagerSupervision(),
            new MatchedVolunteer(),
            new TrusteeSpotCheck(),
            new AuditorSample(),
            new ContractorUndertaking(),
        ],
        emergency: [new BreakGlass()],
        fallbacks: [new AdministratorNoContent(), new NoRelationship()]);

    private static readonly RulePrecedence<PersonnelAccessRequest> PersonnelFiles = new(
        gates: [new OrganisationBoundary(), new ConflictOfInterest()],
        relationships: [new OwnRecord(), new LineManager(), new PersonnelRole()],
        emergency: [],
        fallbacks: [new AdministratorNoContent(), new NoRelationship()]);

    /// <inheritdoc />
    public AccessDecision Decide(AccessRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return FamilyFiles.Decide(request, new ReasonQuestion(request.Actor, request.Action, request.Rules, request.Reason));
    }

    /// <inheritdoc />
    public AccessDecision Decide(PersonnelAccessRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return PersonnelFiles.Decide(request, new ReasonQuestion(request.Actor, request.Action, request.Rules, request.Reason));
    }
}
