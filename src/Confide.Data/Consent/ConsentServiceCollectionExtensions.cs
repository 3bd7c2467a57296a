using Confide.Core.Sharing;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Data.Consent;

/// <summary>Registers consent storage and the consent-coverage source (called by <c>AddConfideData</c>).</summary>
internal static class ConsentServiceCollectionExtensions
{
    public static IServiceCollection AddConsentRecords(this IServiceCollection services) => services
        .AddScoped<OrganisationConsentRules>()
        .AddScoped<ConsentRecords>()
        .AddScoped<IConsentCoverageSource, ConsentCoverageSource>();
}
