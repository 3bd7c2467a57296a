using Confide.Core.Staff;
using Confide.Data.Organisations;
using Confide.Data.Staff;
using Confide.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Web.Tests.Account;

/// <summary>Accounts for the sign-in tests, made through the same services the CLI uses.</summary>
internal static class AccountFixtures
{
    public const string Password = "correct horse battery staple";
    public const string DemoCoordinator = "coordinator@demo.confide.test";

    /// <summary>An active account in a new, non-demo organisation.</summary>
    public static async Task<string> AddAccountAsync(this ConfideWebFactory factory, Role role, string? email = null)
    {
        email ??= $"{role.Name()}-{Guid.NewGuid():N}@example.org";
        await using var scope = factory.Services.CreateAsyncScope();
        var org = (await scope.ServiceProvider.GetRequiredService<OrganisationRecords>().CreateAsync($"Scheme {Guid.NewGuid():N}", "suffolk", 1, "id: suffolk", isDemo: false)).Value;
        var added = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().AddAsync(org.Id, email, "Sam Okafor", [role], Password);
        added.Succeeded.ShouldBeTrue();
        return email;
    }

    public static async Task DisableAsync(this ConfideWebFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<StaffAccounts>().DisableAsync(email)).Succeeded.ShouldBeTrue();
    }

    public static async Task ResetTwoFactorAsync(this ConfideWebFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<StaffAccounts>().ResetTwoFactorAsync(email)).Succeeded.ShouldBeTrue();
    }
}
