using Confide.Data.Portal;

namespace Confide.Web.Features.Portal;

public static class PortalServiceCollectionExtensions
{
    /// <summary>
    /// The secure share portal (<c>ISecureShareChannel</c> → <c>SecureSharePortal</c>), its recipient pages and their
    /// per-address limit, and the referrer letters.
    /// </summary>
    public static IServiceCollection AddPortal(this IServiceCollection services)
    {
        services.AddPortalRecords();
        services.AddSingleton<PortalClientLimiter>();
        return services;
    }
}
