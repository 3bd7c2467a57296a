using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Confide.Web.Features.Account;

/// <summary>
/// A session lasts 30 minutes after its last request and never more than 12 hours after sign-in. The cookie
/// carries the sign-in time, which renewals keep; every request also re-checks the account's security stamp, so
/// disabling the account or resetting its two-factor ends the session at the next request.
/// </summary>
internal static class SessionLifetime
{
    public static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan Absolute = TimeSpan.FromHours(12);
    private const string SignedInAtKey = ".confide.signed_in_at";

    /// <summary>Stamps a new session with its start; a refreshed sign-in keeps the original start.</summary>
    public static Task OnSigningInAsync(CookieSigningInContext context)
    {
        var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        context.Properties.Items.TryAdd(SignedInAtKey, now.ToString("O", CultureInfo.InvariantCulture));
        return Task.CompletedTask;
    }

    public static async Task OnValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var started = context.Properties.Items.TryGetValue(SignedInAtKey, out var text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : (DateTimeOffset?)null;
        if (started is null || now - started.Value > Absolute)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
