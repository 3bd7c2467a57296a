using Confide.Core.Access;
using Confide.Core.Organisations;
using Confide.Core.Profiles;
using Confide.Data.Organisations;
using Microsoft.Extensions.Caching.Memory;

namespace Confide.Web.Features.Access;

/// <summary>
/// The access parameters of an organisation's profile (who must give a reason, auditor conditions, personnel roles),
/// parsed once and kept for a minute so a changed profile takes effect soon without parsing YAML on every request.
/// </summary>
public sealed class OrganisationRules(OrganisationRecords organisations, IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    public async Task<AccessRules> ForAsync(OrganisationId id, CancellationToken ct = default)
    {
        if (cache.TryGetValue(("access-rules", id), out AccessRules? rules) && rules is not null)
        {
            return rules;
        }

        var yaml = await organisations.ProfileYamlAsync(id, ct);
        var parsed = yaml is null ? null : ProfileParser.Parse(yaml, $"organisation {id}");

        // A stored profile was validated when it was saved; if it no longer parses, fall back to the strictest
        // sensible default rather than opening files on no rules at all.
        rules = parsed is { Succeeded: true } ? parsed.Value.Access : AccessDefaults.Rules;
        cache.Set(("access-rules", id), rules, Lifetime);
        return rules;
    }
}
