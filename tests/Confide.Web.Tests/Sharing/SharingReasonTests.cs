using System.Net;
using Confide.Core.Sharing;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;

namespace Confide.Web.Tests.Sharing;

public sealed class SharingReasonTests
{
    [Fact]
    public async Task NewDecision_WithoutTheReasonTheProfileAsksFor_GoesToTheReasonPage_AndTheApiSaysHow()
    {
        await using var world = await SharingWorld.CreateAsync(DatabaseProvider.Sqlite);
        var family = await world.With<Confide.Data.Families.FamilyRecords, Guid>(async f => (await f.OpenAsync(world.Org.Id, world.Coordinator,
            new FamilyBuilder().Build(), FamilyBuilder.Referral(), world.Coordinator)).Value.Family.Id.Value);
        using var page = world.PageClient(world.Coordinator);
        using var api = await world.ApiClientAsync(world.Coordinator);

        var form = await page.GetAsync(new Uri($"/families/{family}/sharing/new", UriKind.Relative));
        var items = await api.GetAsync(new Uri($"/api/v1/families/{family}/shareable-items", UriKind.Relative));

        form.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        form.Headers.Location!.ToString().ShouldBe($"/families/{family}/reason");
        items.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await items.Content.ReadAsStringAsync()).ShouldContain("reason-required");
    }
}
