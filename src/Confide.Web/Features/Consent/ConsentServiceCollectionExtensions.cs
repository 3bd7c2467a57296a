using Confide.Core.Sharing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Confide.Web.Features.Consent;

/// <summary>The consent area: its actions, and a placeholder agency register until the real one is wired.</summary>
public static class ConsentServiceCollectionExtensions
{
    public static IServiceCollection AddConsent(this IServiceCollection services)
    {
        services.TryAddScoped<IAgencyDirectory, UnwiredAgencyDirectory>();
        services.AddScoped<ConsentActions>();
        return services;
    }
}
