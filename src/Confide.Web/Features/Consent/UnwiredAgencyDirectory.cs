using Confide.Core.Organisations;
using Confide.Core.Sharing;

namespace Confide.Web.Features.Consent;

/// <summary>
/// Placeholder until the agency register is merged: an empty register, so a consent can name a category but no
/// agency. Registered with TryAdd; the lead deletes it when the real register is wired.
/// </summary>
public sealed class UnwiredAgencyDirectory : IAgencyDirectory
{
    public Task<Agency?> FindAsync(OrganisationId organisation, Guid agencyId, CancellationToken ct = default) => Task.FromResult<Agency?>(null);

    public Task<IReadOnlyList<Agency>> ListAsync(OrganisationId organisation, CancellationToken ct = default) => Task.FromResult<IReadOnlyList<Agency>>([]);
}
