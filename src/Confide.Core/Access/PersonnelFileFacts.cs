using Confide.Core.Organisations;
using Confide.Core.Staff;

namespace Confide.Core.Access;

/// <summary>The facts about a personnel file (a staff member's, volunteer's or trustee's own record) that access turns on.</summary>
/// <param name="Subject">Whose file it is.</param>
/// <param name="OrganisationId">The organisation that holds it.</param>
/// <param name="LineManagerId">The subject's line manager, if any.</param>
public sealed record PersonnelFileFacts(UserId Subject, OrganisationId OrganisationId, UserId? LineManagerId)
{
    private static readonly IReadOnlySet<UserId> NoOne = new HashSet<UserId>();

    /// <summary>Accounts excluded from this file by a declared conflict of interest.</summary>
    public IReadOnlySet<UserId> Excluded { get; init; } = NoOne;
}
