using Confide.Core.Sharing;
using Confide.Data.Letters;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Data.Portal;

public static class PortalRecordsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the secure share portal (<see cref="ISecureShareChannel"/> → <see cref="SecureSharePortal"/>), the
    /// recipient's desk and the referrer letters. Needs <c>AddConfideData</c> and <c>AddConfideAudit</c>.
    /// </summary>
    public static IServiceCollection AddPortalRecords(this IServiceCollection services)
    {
        services.AddSingleton<PortalSecrets>();
        services.AddScoped<SecureSharePortal>();
        services.AddScoped<ISecureShareChannel>(sp => sp.GetRequiredService<SecureSharePortal>());
        services.AddScoped<PortalDesk>();
        services.AddScoped<ReferrerLetters>();
        return services;
    }
}
