using Confide.Core.Organisations;
using Confide.Core.Staff;

namespace Confide.Data.Access;

/// <summary>The personnel file Confide holds today: the account, its roles and its line manager.</summary>
public sealed record PersonnelFile(
    UserId Subject,
    OrganisationId OrganisationId,
    string DisplayName,
    string Email,
    IReadOnlyList<Role> Roles,
    UserId? LineManagerId,
    string? LineManagerName,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DisabledAt);
