using Confide.Core.Organisations;
using Confide.Core.Sharing;
using Confide.Core.Staff;
using Confide.Data.Storage;
using Confide.Data.Tests.Access;
using Confide.Data.Tests.Infrastructure;
using static Confide.Data.Tests.Sharing.SharingKit;

namespace Confide.Data.Tests.Sharing;

public sealed class DemoAgenciesTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task EnsureDemo_PutsFictionalAgenciesOnTheRegister_TwoChecked(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);

        var outcome = await Confide.Data.Demo.DemoSeeder.EnsureDemoAsync(store.Services, families: 0);

        var agencies = await Register(store, r => r.ListAsync(outcome.Organisation!.Id));
        agencies.Count.ShouldBe(3);
        agencies.ShouldAllBe(a => a.Name.EndsWith("(fictional)", StringComparison.Ordinal));
        agencies.Count(a => a.DataProtectionCheckedOn != null).ShouldBe(2);
        agencies.Single(a => a.Category == AgencyCategory.ChildrensSocialCare).AppropriateAuthority.ShouldBeTrue();
    }
}
