using Confide.Core.Staff;

namespace Confide.Data.Demo;

/// <summary>
/// The demo organisation's accounts. Their password is fixed and documented on purpose: the demo is bannered
/// as fictional, and people trying it need to sign in as each role.
/// </summary>
public static class DemoAccounts
{
    /// <summary>The password of every demo account.</summary>
    public const string Password = "confide-demo-only";

    /// <summary>Every demo login, coordinators first.</summary>
    public static IReadOnlyList<DemoLogin> All { get; } =
    [
        Login("coordinator", "Demo Coordinator (Alex)", Role.Coordinator),
        Login("coordinator2", "Demo Coordinator (Sam)", Role.Coordinator),
        Login("volunteer", "Demo Volunteer (Jo)", Role.Volunteer),
        Login("volunteer2", "Demo Volunteer (Pat)", Role.Volunteer),
        Login("manager", "Demo Scheme Manager", Role.SchemeManager),
        Login("safeguarding", "Demo Safeguarding Lead", Role.SafeguardingLead),
        Login("trustee", "Demo Trustee", Role.Trustee),
        Login("admin", "Demo Administrator", Role.Administrator),
    ];

    private static DemoLogin Login(string name, string displayName, Role role) =>
        new($"{name}@demo.confide.test", displayName, [role], Password);
}
