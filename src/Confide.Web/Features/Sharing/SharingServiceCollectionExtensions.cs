using Confide.Core.Sharing;
using Confide.Data.Sharing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Confide.Web.Features.Sharing;

public static class SharingServiceCollectionExtensions
{
    /// <summary>
    /// The agency register, sharing decisions and their tasks. Consent coverage and the secure share portal are other
    /// features' services: until they are registered, placeholders answer "no consent recorded yet" and refuse to publish.
    /// </summary>
    public static IServiceCollection AddSharing(this IServiceCollection services)
    {
        services.AddScoped<AgencyRegister>();
        services.AddScoped<IAgencyDirectory, AgencyRegister>();
        services.AddScoped<SharingRecords>();
        services.AddScoped<OrganisationSharingRules>();
        services.AddScoped<SharingDecisions>();
        services.TryAddScoped<IConsentCoverageSource, UnwiredConsentCoverage>();
        services.TryAddScoped<ISecureShareChannel, UnwiredShareChannel>();
        return services;
    }
}
