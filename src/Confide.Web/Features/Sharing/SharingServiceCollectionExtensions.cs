using Confide.Core.Sharing;
using Confide.Data.Sharing;

namespace Confide.Web.Features.Sharing;

public static class SharingServiceCollectionExtensions
{
    /// <summary>
    /// The agency register, sharing decisions and their tasks. Consent coverage (Confide.Data's consent records) and
    /// the secure share portal (AddPortal) are registered by their own features.
    /// </summary>
    public static IServiceCollection AddSharing(this IServiceCollection services)
    {
        services.AddScoped<AgencyRegister>();
        services.AddScoped<IAgencyDirectory, AgencyRegister>();
        services.AddScoped<SharingRecords>();
        services.AddScoped<OrganisationSharingRules>();
        services.AddScoped<SharingDecisions>();
        return services;
    }
}
