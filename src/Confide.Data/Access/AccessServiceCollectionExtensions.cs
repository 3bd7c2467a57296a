using Microsoft.Extensions.DependencyInjection;

namespace Confide.Data.Access;

/// <summary>Registers the storage of the need-to-know engine's inputs and side effects (called by <c>AddConfideData</c>).</summary>
internal static class AccessServiceCollectionExtensions
{
    public static IServiceCollection AddAccessRecords(this IServiceCollection services) => services
        .AddScoped<LineManagement>()
        .AddScoped<AccessGrants>()
        .AddScoped<ConflictExclusions>()
        .AddScoped<PersonnelRecords>()
        .AddScoped<AccessSessions>()
        .AddScoped<BreakGlass>()
        .AddScoped<Alerts>();
}
