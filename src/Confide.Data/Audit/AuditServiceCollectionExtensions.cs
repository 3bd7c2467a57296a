using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Confide.Data.Audit;

public static class AuditServiceCollectionExtensions
{
    /// <summary>
    /// Registers the audit log: <see cref="AuditLog"/> (appends, group commit), <see cref="AuditReader"/> (queries,
    /// verification), <see cref="AuditSigningKeys"/> and <see cref="AuditCheckpointer"/>, which also runs as a hosted
    /// service sealing new entries within a second. Call after <c>AddConfideData</c>, whose storage options, master
    /// key and clock it uses. Kept apart from <c>AddConfideData</c> because it starts a writer and a background
    /// sealer: the web app wants them, one-shot tools may not.
    /// </summary>
    public static IServiceCollection AddConfideAudit(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(AuditCheckpointer)))
        {
            return services; // once only: a second hosted registration would run the same sealer twice
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AuditSigningKeys>();
        services.TryAddSingleton<AuditReader>();
        services.TryAddSingleton<AuditLog>();
        services.TryAddSingleton<AuditCheckpointer>();
        services.AddHostedService(sp => sp.GetRequiredService<AuditCheckpointer>());
        return services;
    }
}
