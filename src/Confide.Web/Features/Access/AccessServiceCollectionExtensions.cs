namespace Confide.Web.Features.Access;

public static class AccessServiceCollectionExtensions
{
    /// <summary>The access area: organisation rules, the audit writer, names and references for access pages.</summary>
    public static IServiceCollection AddAccess(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddScoped<OrganisationRules>();
        services.AddScoped<AccessAudit>();
        services.AddScoped<StaffNames>();
        services.AddScoped<FamilyReferences>();
        return services;
    }
}
