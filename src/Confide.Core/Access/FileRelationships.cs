using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Staff;

namespace Confide.Core.Access;

/// <summary>The facts about a family file that access decisions turn on, without any of its content.</summary>
/// <param name="FamilyId">The file.</param>
/// <param name="OrganisationId">The organisation that holds it.</param>
/// <param name="AssignedCoordinatorId">The coordinator it is assigned to, if any.</param>
/// <param name="Matches">Volunteer matches, past and present.</param>
public sealed record FileRelationships(FamilyId FamilyId, OrganisationId OrganisationId, UserId? AssignedCoordinatorId, IReadOnlyList<VolunteerMatch> Matches)
{
    private static readonly IReadOnlySet<UserId> NoOne = new HashSet<UserId>();

    /// <summary>Accounts excluded from this file by a declared conflict of interest: they do not see it anywhere.</summary>
    public IReadOnlySet<UserId> Excluded { get; init; } = NoOne;

    /// <summary>Time-limited grants that name this file (any grantee, revoked and expired ones included).</summary>
    public IReadOnlyList<AccessGrant> Grants { get; init; } = [];
}
