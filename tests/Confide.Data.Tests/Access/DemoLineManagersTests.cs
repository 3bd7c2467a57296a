using Confide.Core.Organisations;
using Confide.Data.Demo;
using Confide.Data.Records;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Confide.Data.Tests.Access;

public sealed class DemoLineManagersTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task EnsureDemo_CoordinatorsReportToTheManager_VolunteersToTheirCoordinator(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);

        var outcome = await DemoSeeder.EnsureDemoAsync(store.Services, families: 0);

        outcome.Created.ShouldBeTrue();
        var managerOf = await store.WithAsync<ConfideDbContext, Dictionary<string, string?>>(async db =>
        {
            var users = await db.Users.AsNoTracking().Where(u => u.OrganisationId == outcome.Organisation!.Id.Value).ToListAsync();
            var emails = users.ToDictionary(u => u.Id, u => u.Email!);
            return users.ToDictionary(u => u.Email!, u => u.LineManagerId is { } m ? emails[m] : null);
        });
        managerOf.ShouldBe(new Dictionary<string, string?>
        {
            ["coordinator@demo.confide.test"] = "manager@demo.confide.test",
            ["coordinator2@demo.confide.test"] = "manager@demo.confide.test",
            ["volunteer@demo.confide.test"] = "coordinator@demo.confide.test",
            ["volunteer2@demo.confide.test"] = "coordinator2@demo.confide.test",
            ["manager@demo.confide.test"] = null,
            ["safeguarding@demo.confide.test"] = null,
            ["trustee@demo.confide.test"] = null,
            ["admin@demo.confide.test"] = null,
        }, ignoreOrder: true);
        (await AccessRowCounts.ReadAsync(store)).ShouldBe(new AccessRowCounts(0, 0, 0, 0, 0, 0, 4));
    }
}
