using System.Net;
using System.Net.Http.Json;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using Confide.Web.Tests.Api;

namespace Confide.Web.Tests.Sharing;

public sealed class AgenciesTests
{
    private static readonly Uri Agencies = new("/api/v1/agencies", UriKind.Relative);

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Register_EveryoneReadsIt_OnlyManagersChangeIt(DatabaseProvider provider)
    {
        await using var world = await SharingWorld.CreateAsync(provider);
        using var manager = await world.ApiClientAsync(world.Manager);
        using var volunteer = await world.ApiClientAsync(world.Volunteer);
        var body = new { name = "Orchard Primary School", category = "school", legitimateInterest = "Pupils' welfare and attendance." };

        var added = await manager.PostAsJsonAsync(Agencies, body);
        var id = (await ApiWorld.JsonAsync(added)).GetProperty("id").GetGuid();
        var checkedNow = await manager.PostAsJsonAsync(new Uri($"/api/v1/agencies/{id}/checked", UriKind.Relative), new { checkedOn = SharingWorld.Today });
        var edited = await manager.PutAsJsonAsync(new Uri($"/api/v1/agencies/{id}", UriKind.Relative), body with { name = "Orchard Primary Academy" });
        var refused = await volunteer.PostAsJsonAsync(Agencies, body with { name = "Volunteer's Agency" });
        var listed = await ApiWorld.JsonAsync(await volunteer.GetAsync(Agencies));
        var retired = await manager.PostAsync(new Uri($"/api/v1/agencies/{id}/retire", UriKind.Relative), null);

        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await ApiWorld.JsonAsync(checkedNow)).GetProperty("dataProtectionCheckedOn").GetString().ShouldBe(SharingWorld.Today.ToString("yyyy-MM-dd"));
        (await ApiWorld.JsonAsync(edited)).GetProperty("name").GetString().ShouldBe("Orchard Primary Academy");
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        listed.EnumerateArray().Select(a => a.GetProperty("name").GetString()).ShouldBe(["Northgate Health Visiting Team", "Orchard Primary Academy"]);
        (await ApiWorld.JsonAsync(retired)).GetProperty("retiredOn").GetString().ShouldBe(SharingWorld.Today.ToString("yyyy-MM-dd"));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Register_BadInputIs400_AnotherOrganisationsAgencyIs404(DatabaseProvider provider)
    {
        await using var world = await SharingWorld.CreateAsync(provider);
        using var manager = await world.ApiClientAsync(world.Manager);
        using var outsider = await world.ApiClientAsync(world.Outsider);

        var bad = await manager.PostAsJsonAsync(Agencies, new { name = "", category = "spaceship", legitimateInterest = "" });
        var duplicate = await manager.PostAsJsonAsync(Agencies, new { name = "northgate health visiting team", category = "health_visitor", legitimateInterest = "x" });
        var future = await manager.PostAsJsonAsync(new Uri($"/api/v1/agencies/{world.Agency.Id}/checked", UriKind.Relative), new { checkedOn = SharingWorld.Today.AddDays(3) });

        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var codes = (await ApiWorld.JsonAsync(bad)).GetProperty("codes");
        (codes.GetProperty("name")[0].GetString(), codes.GetProperty("category")[0].GetString(), codes.GetProperty("legitimateInterest")[0].GetString()).ShouldBe(("required", "invalid", "required"));
        (await ApiWorld.JsonAsync(duplicate)).GetProperty("codes").GetProperty("name")[0].GetString().ShouldBe("agency.duplicate");
        future.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await outsider.GetAsync(new Uri($"/api/v1/agencies/{world.Agency.Id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ApiWorld.JsonAsync(await outsider.GetAsync(Agencies))).GetArrayLength().ShouldBe(0);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task RegisterPage_CoordinatorReadsWithoutManaging_ManagerAddsAndRecordsTheCheck(DatabaseProvider provider)
    {
        await using var world = await SharingWorld.CreateAsync(provider);
        using var coordinator = world.PageClient(world.Coordinator);
        using var manager = world.PageClient(world.Manager);

        var read = await coordinator.GetStringAsync(new Uri("/agencies", UriKind.Relative));
        var refused = await SharingForms.PostAsync(coordinator, "/agencies", "/agencies?handler=Add", [new("Input.Name", "Coordinator's pick"), new("Input.Category", "other"), new("Input.LegitimateInterest", "x")]);
        var invalid = await SharingForms.PostAsync(manager, "/agencies", "/agencies?handler=Add", [new("Input.Name", ""), new("Input.Category", "school")]);
        var added = await SharingForms.PostAsync(manager, "/agencies", "/agencies?handler=Add", [new("Input.Name", "Orchard Primary School"), new("Input.Category", "school"), new("Input.LegitimateInterest", "Pupils' welfare.")]);
        var list = await manager.GetStringAsync(new Uri("/agencies", UriKind.Relative));

        read.ShouldContain("Northgate Health Visiting Team");
        read.ShouldNotContain("Add an agency");
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var agencyAudit = await world.With<Confide.Data.Audit.AuditReader, IReadOnlyList<Confide.Core.Audit.AuditEntry>>(r =>
            r.QueryAsync(new Confide.Data.Audit.AuditQuery(world.Org.Id) { ResourceKind = "agency" }));
        agencyAudit.ShouldContain(e => e.Event.ActorId == world.Coordinator && e.Event.Outcome == Confide.Core.Audit.AuditOutcome.Refused);
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await invalid.Content.ReadAsStringAsync()).ShouldContain("Enter the agency&#x27;s name.");
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        list.ShouldContain("Orchard Primary School");
        list.ShouldContain("Not checked");
        var school = (await world.With<Confide.Data.Sharing.AgencyRegister, IReadOnlyList<Confide.Core.Sharing.Agency>>(r => r.ListAsync(world.Org.Id))).Single(a => a.Name == "Orchard Primary School");
        var check = await SharingForms.PostAsync(manager, "/agencies", $"/agencies?handler=Checked&agencyId={school.Id}", [new("CheckedOn", SharingWorld.Today.ToString("yyyy-MM-dd"))]);
        var retire = await SharingForms.PostAsync(manager, "/agencies", $"/agencies?handler=Retire&agencyId={school.Id}", []);
        check.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        retire.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await manager.GetStringAsync(new Uri("/agencies", UriKind.Relative));
        after.ShouldContain(SharingWorld.Today.ToString("d MMM yyyy"));
        after.ShouldContain("Retired");
    }
}
