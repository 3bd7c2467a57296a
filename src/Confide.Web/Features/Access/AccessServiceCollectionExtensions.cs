namespace Confide.Web.Features.Access;

public static class AccessServiceCollectionExtensions
{
    /// <summary>The access area: organisation rules, the audit writer, names and references for access pages.</summary>
    public static IServiceCollection AddAccess(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton(sp => AccessControlSwitch.From(
            sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>(), sp.GetRequiredService<ILogger<AccessControlSwitch>>()));
        services.AddScoped<OrganisationRules>();
        services.AddScoped<AccessAudit>();
        services.AddScoped<StaffNames>();
        services.AddScoped<FamilyReferences>();
        services.AddScoped<Staff.PersonnelFileAccess>();
        return services;
    }
}
