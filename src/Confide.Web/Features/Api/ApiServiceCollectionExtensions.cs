using Microsoft.AspNetCore.Authentication;

namespace Confide.Web.Features.Api;

/// <summary>
/// The JSON API at <c>/api/v1</c>: personal-API-token authentication only (a browser's sign-in cookie is never
/// accepted here, so the API needs no anti-forgery), RFC 9457 problem details, and the OpenAPI document.
/// </summary>
public static class ApiServiceCollectionExtensions
{
    public const string Policy = "ConfideApi";

    public static IServiceCollection AddConfideApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, p => p.AddAuthenticationSchemes(ApiTokenAuthenticationHandler.SchemeName).RequireAuthenticatedUser());
        services.AddScoped<FamilyGate>();
        services.AddOpenApi();
        return services;
    }

    public static IEndpointRouteBuilder MapConfideApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization(Policy);
        api.MapFamiliesApi();
        api.MapNotesApi();
        api.MapAccessApi();
        api.MapGrantsApi();
        api.MapConsentApi();
        api.MapSharingApi();
        api.MapAgenciesApi();
        api.MapPortalApi();
        app.MapOpenApi();
        return app;
    }
}
