using Confide.Data.Records;
using Confide.Data.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Confide.Web.Features.Account;

/// <summary>Sign-in with Identity's cookies, two-factor, session lifetime and the keys that protect the cookies.</summary>
public static class AccountRegistration
{
    public static WebApplicationBuilder AddConfideAccounts(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddAuthorization();
        new IdentityBuilder(typeof(StaffAccount), services)
            .AddSignInManager<StaffSignInManager>()
            .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>()
            .AddTokenProvider<OneTimeCodes>(TokenOptions.DefaultAuthenticatorProvider);
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "confide.session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/account/sign-in";
            o.LogoutPath = "/account/sign-out";
            o.AccessDeniedPath = "/account";
            o.ExpireTimeSpan = SessionLifetime.Idle;
            o.SlidingExpiration = true;
            o.Events.OnSigningIn = SessionLifetime.OnSigningInAsync;
            o.Events.OnValidatePrincipal = SessionLifetime.OnValidatePrincipalAsync;
        });
        services.AddDataProtection()
            .SetApplicationName("Confide")
            .PersistKeysToFileSystem(new DirectoryInfo(KeysFolder(builder.Configuration)));
        return builder;
    }

    public static WebApplication UseConfideAccounts(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAuthentication();
        app.UseAuthorization();
        app.Use(TwoFactorEnrolmentGate.InvokeAsync);
        return app;
    }

    /// <summary>
    /// Where the cookie-protection keys live: <c>Confide:DataProtectionKeys</c>, else beside the master key file.
    /// Several web nodes must share this folder, or sessions end when a request reaches another node.
    /// </summary>
    private static string KeysFolder(IConfiguration configuration)
    {
        var configured = configuration["Confide:DataProtectionKeys"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        var masterKeyFile = Path.GetFullPath(StorageOptions.FromConfiguration(configuration).MasterKeyFile);
        return Path.Combine(Path.GetDirectoryName(masterKeyFile) ?? ".", "data-protection-keys");
    }
}
