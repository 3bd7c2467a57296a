namespace Confide.Web.Features.Consent;

/// <summary>The consent area's actions (its records and the consent-coverage source are registered by Confide.Data).</summary>
public static class ConsentServiceCollectionExtensions
{
    public static IServiceCollection AddConsent(this IServiceCollection services)
    {
        services.AddScoped<ConsentActions>();
        return services;
    }
}
