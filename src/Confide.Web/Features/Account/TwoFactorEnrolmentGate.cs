namespace Confide.Web.Features.Account;

/// <summary>
/// Sends a signed-in account that must use two-factor but has not set it up to the set-up page, whatever it asks
/// for: until it is enrolled it can only enrol or sign out.
/// </summary>
internal static class TwoFactorEnrolmentGate
{
    public const string EnrolPath = "/account/two-factor/enrol";
    private static readonly string[] Allowed = [EnrolPath, "/account/sign-out", "/health"];

    public static Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var mustEnrol = context.User.HasClaim(StaffClaimsPrincipalFactory.MustEnrolClaim, "true");
        if (mustEnrol && !Allowed.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Redirect(EnrolPath);
            return Task.CompletedTask;
        }

        return next(context);
    }
}
