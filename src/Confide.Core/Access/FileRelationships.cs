using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Staff;

namespace Confide.Core.Access;

/// <summary>The facts about a family file that access decisions turn on, without any of its content.</summary>
/// <param name="FamilyId">The file.</param>
/// <param name="OrganisationId">The organisation that holds it.</param>
/// <param name="AssignedCoordinatorId">The coordinator it is assigned to, if any.</param>
/// <param name="Matches">Volunteer matches, past and present.</param>
public sealed record FileRelationships(FamilyId FamilyId, OrganisationId OrganisationId, UserId? AssignedCoordinatorId, IReadOnlyList<VolunteerMatch> Matches);
