using System.Security.Claims;
using System.Text.Encodings.Web;
using Confide.Data.ApiTokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Confide.Web.Features.Api;

/// <summary>
/// Authenticates <c>Authorization: Bearer cfd_…</c> with a personal API token, as its owner (account id in
/// <see cref="ClaimTypes.NameIdentifier"/>); refusals are 401 problem details saying why.
/// </summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    PersonalApiTokens tokens, IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ConfideApiToken";
    private const string BearerPrefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }

        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.Fail("Send the API token as 'Authorization: Bearer cfd_…'.");
        }

        var result = await tokens.AuthenticateAsync(header[BearerPrefix.Length..].Trim(), Context.RequestAborted);
        if (!result.Succeeded)
        {
            return AuthenticateResult.Fail(result.Errors[0].Message);
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, result.Value.Value.ToString())], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Unauthorized",
                Detail = result.Failure?.Message ?? "Send a personal API token as 'Authorization: Bearer cfd_…'; an administrator creates one with 'confide token create'.",
            },
        });
    }
}
