using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Profiles;
using Confide.Core.Staff;

namespace Confide.Core.Sharing;

/// <summary>What the rules need besides the draft: the organisation's profile, the agency, the file's items and the consent answer.</summary>
/// <param name="OrganisationId">The deciding organisation.</param>
/// <param name="FamilyId">The family file.</param>
/// <param name="Rules">The profile's <c>sharing:</c> section.</param>
/// <param name="Agency">The agency the draft names, as the register holds it; null when it is not on the register.</param>
/// <param name="Available">The file's items the person may pick from.</param>
/// <param name="Coverage">The consent answer for the draft's share; null when it was not asked (not enough to ask yet).</param>
/// <param name="DecidedBy">Who decides.</param>
/// <param name="Now">When (UTC).</param>
public sealed record SharingContext(
    OrganisationId OrganisationId,
    FamilyId FamilyId,
    SharingRules Rules,
    Agency? Agency,
    IReadOnlyList<FileItem> Available,
    CoverageAnswer? Coverage,
    UserId DecidedBy,
    DateTimeOffset Now)
{
    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);
}
