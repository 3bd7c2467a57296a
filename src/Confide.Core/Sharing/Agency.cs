using Confide.Core.Organisations;

namespace Confide.Core.Sharing;

/// <summary>
/// An agency on the organisation's register: the only kind of recipient a share can go to (C5). Checked and
/// dated: why it has a legitimate interest, when its data-protection arrangements were last verified, and the
/// sharing agreement, if any.
/// </summary>
/// <param name="Id">The agency's identifier.</param>
/// <param name="OrganisationId">The organisation whose register it is on.</param>
/// <param name="Name">The agency's name (an organisation, not a person).</param>
/// <param name="Category">What kind of body it is.</param>
/// <param name="LegitimateInterest">Why it may receive information about families, in the organisation's words.</param>
/// <param name="DataProtectionCheckedOn">When its data-protection arrangements were last verified; null when never.</param>
/// <param name="SharingAgreement">The sharing agreement's reference, when there is one.</param>
/// <param name="AppropriateAuthority">True when it is an authority to which protection concerns go (LEI-02).</param>
/// <param name="RetiredOn">When it was taken off the register; nothing new can be shared with it from then.</param>
public sealed record Agency(
    Guid Id,
    OrganisationId OrganisationId,
    string Name,
    AgencyCategory Category,
    string LegitimateInterest,
    DateOnly? DataProtectionCheckedOn,
    string? SharingAgreement,
    bool AppropriateAuthority,
    DateOnly? RetiredOn)
{
    /// <summary>True when a share to this agency may be made on <paramref name="on"/>: on the register and its arrangements checked.</summary>
    public bool Registered(DateOnly on) => RetiredOn is null || RetiredOn > on;
}

/// <summary>Reads the agency register (implemented in Confide.Data).</summary>
public interface IAgencyDirectory
{
    /// <summary>The agency, or null when there is none with that id in this organisation.</summary>
    Task<Agency?> FindAsync(OrganisationId organisation, Guid agencyId, CancellationToken ct = default);

    /// <summary>Every agency on the register (retired ones included), by name.</summary>
    Task<IReadOnlyList<Agency>> ListAsync(OrganisationId organisation, CancellationToken ct = default);
}
