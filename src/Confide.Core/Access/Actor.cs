using Confide.Core.Organisations;
using Confide.Core.Staff;

namespace Confide.Core.Access;

/// <summary>Who is asking: an account, its organisation, the roles it holds there, and whom it line-manages.</summary>
public sealed record Actor(UserId UserId, OrganisationId OrganisationId, IReadOnlySet<Role> Roles)
{
    private static readonly IReadOnlySet<UserId> NoOne = new HashSet<UserId>();

    /// <summary>The accounts this actor line-manages (supervision: a manager their coordinators, a coordinator their volunteers).</summary>
    public IReadOnlySet<UserId> Supervisees { get; init; } = NoOne;

    /// <summary>True when the actor holds <paramref name="role"/>.</summary>
    public bool Has(Role role) => Roles.Contains(role);
}
