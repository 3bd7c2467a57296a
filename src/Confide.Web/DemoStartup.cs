using Confide.Data.Demo;

namespace Confide.Web;

/// <summary>
/// On the very first start of an empty installation, creates the bannered demo organisation (fictional families)
/// and prints its logins. <c>Confide:Demo</c> = false turns it off; <c>Confide:DemoFamilies</c> sets the size.
/// </summary>
internal static class DemoStartup
{
    public static async Task EnsureDemoAsync(WebApplication app)
    {
        if (!app.Configuration.GetValue("Confide:Demo", true))
        {
            return;
        }

        var families = app.Configuration.GetValue("Confide:DemoFamilies", DemoSeeder.DefaultFamilies);
        var outcome = await DemoSeeder.EnsureDemoAsync(app.Services, Math.Max(0, families), DemoSeeder.DefaultSeed, ct: app.Lifetime.ApplicationStopping);
        if (!outcome.Created)
        {
            return;
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Confide.Demo");
        logger.LogWarning("Created the demo organisation '{Organisation}' with {Families} fictional families. Demo logins (password {Password}): {Logins}",
            outcome.Organisation!.Name, outcome.Families, DemoAccounts.Password, string.Join(", ", outcome.Logins.Select(l => l.Email)));
    }
}
