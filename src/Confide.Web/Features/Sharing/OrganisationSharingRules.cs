using Confide.Core.Organisations;
using Confide.Core.Profiles;
using Confide.Data.Organisations;
using Microsoft.Extensions.Caching.Memory;

namespace Confide.Web.Features.Sharing;

/// <summary>The <c>sharing:</c> section of an organisation's profile, parsed once and kept for a minute.</summary>
public sealed class OrganisationSharingRules(OrganisationRecords organisations, IMemoryCache cache)
{
    /// <summary>When a stored profile no longer parses: no sharing without consent, and the family is always told.</summary>
    public static readonly SharingRules Strictest = new([], [], FamilyTold.Before, [], true, [], [TransmissionRule.SecureChannel, TransmissionRule.MinimumNecessary]);

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    public async Task<SharingRules> ForAsync(OrganisationId id, CancellationToken ct = default)
    {
        if (cache.TryGetValue(("sharing-rules", id), out SharingRules? rules) && rules is not null)
        {
            return rules;
        }

        var yaml = await organisations.ProfileYamlAsync(id, ct);
        var parsed = yaml is null ? null : ProfileParser.Parse(yaml, $"organisation {id}");
        rules = parsed is { Succeeded: true } ? parsed.Value.Sharing : Strictest;
        cache.Set(("sharing-rules", id), rules, Lifetime);
        return rules;
    }
}
