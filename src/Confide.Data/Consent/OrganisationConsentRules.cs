using Confide.Core.Organisations;
using Confide.Core.Profiles;
using Confide.Data.Organisations;

namespace Confide.Data.Consent;

/// <summary>The consent rules of an organisation's profile in force.</summary>
public sealed class OrganisationConsentRules(OrganisationRecords organisations)
{
    /// <summary>
    /// Used when a stored profile no longer parses: the strictest reading (written consent, specific consent for
    /// each share, written consent for special-category data), so nothing is shared on looser rules than the policy's.
    /// </summary>
    public static readonly ConsentRules Strictest = new([ConsentGiver.Parents], ConsentForm.Written, true, null, ConsentGranularity.PerShare);

    public async Task<ConsentRules> ForAsync(OrganisationId id, CancellationToken ct = default)
    {
        var yaml = await organisations.ProfileYamlAsync(id, ct);
        var parsed = yaml is null ? null : ProfileParser.Parse(yaml, $"organisation {id}");
        return parsed is { Succeeded: true } ? parsed.Value.Consent : Strictest;
    }
}
