namespace Confide.Web.Features.Families;

public static class FamiliesServiceCollectionExtensions
{
    public static IServiceCollection AddFamilies(this IServiceCollection services)
    {
        services.AddScoped<FamilyFileAccess>();
        return services;
    }
}
