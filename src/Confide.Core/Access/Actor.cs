using Confide.Core.Organisations;
using Confide.Core.Staff;

namespace Confide.Core.Access;

/// <summary>Who is asking: an account, its organisation, and the roles it holds there.</summary>
public sealed record Actor(UserId UserId, OrganisationId OrganisationId, IReadOnlySet<Role> Roles)
{
    /// <summary>True when the actor holds <paramref name="role"/>.</summary>
    public bool Has(Role role) => Roles.Contains(role);
}
