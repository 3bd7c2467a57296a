using Confide.Core.Organisations;
using Confide.Core.Sharing;

namespace Confide.Data.Tests.Consent;

/// <summary>A dictionary-backed agency register for consent tests (the real register is the sharing feature's).</summary>
public sealed class FakeAgencyDirectory : IAgencyDirectory
{
    private readonly Dictionary<Guid, Agency> _agencies = [];

    public Agency Add(OrganisationId org, string name = "Bury health visiting team", AgencyCategory category = AgencyCategory.HealthVisitor)
    {
        var agency = new Agency(Guid.CreateVersion7(), org, name, category, "Health visiting for under-fives", new DateOnly(2026, 1, 1), null, false, null);
        _agencies[agency.Id] = agency;
        return agency;
    }

    public Task<Agency?> FindAsync(OrganisationId organisation, Guid agencyId, CancellationToken ct = default) =>
        Task.FromResult(_agencies.TryGetValue(agencyId, out var a) && a.OrganisationId == organisation ? a : null);

    public Task<IReadOnlyList<Agency>> ListAsync(OrganisationId organisation, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<Agency>>(_agencies.Values.Where(a => a.OrganisationId == organisation).OrderBy(a => a.Name).ToList());
}
