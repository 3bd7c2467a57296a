using Confide.Core.Organisations;
using Confide.Data.Access;
using Confide.Core.Profiles;
using Confide.Core.Staff;
using Confide.Data.Organisations;
using Confide.Data.Records;
using Confide.Data.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Data.Demo;

/// <summary>
/// Creates the bannered demo organisation (fictional families, published logins) in an empty database: used by the
/// web app at first start and by <c>confide demo</c>, which also uses it for scale data.
/// </summary>
public static class DemoSeeder
{
    public const string OrganisationName = "Confide Demo Scheme (fictional)";
    public const string ProfileId = "suffolk";
    public const int DefaultFamilies = 60;
    public const int DefaultSeed = 1;

    /// <summary>
    /// Creates the demo organisation, its accounts and <paramref name="families"/> generated families, unless the
    /// database already holds any organisation (then nothing is written and <see cref="DemoOutcome.Created"/> is false).
    /// </summary>
    public static async Task<DemoOutcome> EnsureDemoAsync(
        IServiceProvider services, int families = DefaultFamilies, int seed = DefaultSeed, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentOutOfRangeException.ThrowIfNegative(families);
        Organisation org;
        var coordinators = new List<UserId>();
        var volunteers = new List<UserId>();
        await using (var scope = services.CreateAsyncScope())
        {
            var sp = scope.ServiceProvider;
            if (await sp.GetRequiredService<ConfideDbContext>().Organisations.AnyAsync(ct))
            {
                return DemoOutcome.AlreadyInUse;
            }

            var yaml = SeedProfiles.Find(ProfileId) ?? throw new InvalidOperationException($"The seed profile '{ProfileId}' is not embedded.");
            var profile = ProfileParser.Parse(yaml, ProfileId + ".yaml").Value;
            org = (await sp.GetRequiredService<OrganisationRecords>().CreateAsync(OrganisationName, profile.Id, profile.Version, yaml, isDemo: true, ct)).Value;
            var accounts = sp.GetRequiredService<StaffAccounts>();
            UserId? manager = null;
            foreach (var login in DemoAccounts.All)
            {
                var id = (await accounts.AddAsync(org.Id, login.Email, login.DisplayName, login.Roles.ToList(), login.Password, ct)).Value;
                if (login.Roles.Contains(Role.SchemeManager))
                {
                    manager = id;
                }

                if (login.Roles.Contains(Role.Coordinator))
                {
                    coordinators.Add(id);
                }

                if (login.Roles.Contains(Role.Volunteer))
                {
                    volunteers.Add(id);
                }
            }

            await SetLineManagersAsync(sp.GetRequiredService<LineManagement>(), org.Id, manager, coordinators, volunteers, ct);
            if (manager is { } registrar)
            {
                var clock = sp.GetRequiredService<TimeProvider>();
                await DemoAgencies.AddAsync(new Sharing.AgencyRegister(sp.GetRequiredService<ConfideDbContext>(), clock), org.Id, registrar,
                    DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), ct);
            }
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var writer = new DemoFamilyWriter(services, org.Id, coordinators, volunteers);
        await writer.WriteAsync(new DemoFamilyGenerator(seed, now), families, progress, ct);
        return new DemoOutcome(true, org, families, DemoAccounts.All);
    }

    /// <summary>Coordinators report to the scheme manager; each volunteer to the coordinator in the same place of the list.</summary>
    private static async Task SetLineManagersAsync(
        LineManagement lines, OrganisationId org, UserId? manager, IReadOnlyList<UserId> coordinators, IReadOnlyList<UserId> volunteers, CancellationToken ct)
    {
        foreach (var coordinator in coordinators)
        {
            _ = (await lines.SetLineManagerAsync(org, coordinator, manager, ct)).Value;
        }

        for (var i = 0; i < volunteers.Count && coordinators.Count > 0; i++)
        {
            _ = (await lines.SetLineManagerAsync(org, volunteers[i], coordinators[i % coordinators.Count], ct)).Value;
        }
    }
}
