using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Core.Staff;
using Confide.Data.Families;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using Confide.Data.Tests.Letters;
using Confide.Web.Tests.Infrastructure;
using Confide.Web.Tests.Portal;

namespace Confide.Web.Tests.Letters;

/// <summary>Letters telling the referrer support started and ended (LEI-24): pages and API, and who may have them.</summary>
public sealed class LettersTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Coordinator_NoSupportYet_GetsAClearMessage_ThenDownloadsAndRecordsTheLetterAsSent(DatabaseProvider provider)
    {
        await using var world = await PortalWorld.CreateAsync(provider);
        using var client = world.Factory.ClientFor(world.Coordinator);
        var page = $"/families/{world.FamilyId}/letters";

        var before = await PortalWorld.HtmlAsync(await client.GetAsync(new Uri(page, UriKind.Relative)));
        var noPdf = await client.GetAsync(new Uri($"{page}?handler=Pdf&kind=support-started", UriKind.Relative));
        await StartSupportAsync(world);
        var pdf = await client.GetAsync(new Uri($"{page}?handler=Pdf&kind=support-started", UriKind.Relative));
        var recorded = await Forms.PostAsync(client, page, $"{page}?handler=Record",
            new Dictionary<string, string> { ["Kind"] = "support-started", ["SentOn"] = world.Clock.Today.ToString("yyyy-MM-dd"), ["Method"] = "post" });
        var badMethod = await Forms.PostAsync(client, page, $"{page}?handler=Record",
            new Dictionary<string, string> { ["Kind"] = "support-started", ["SentOn"] = world.Clock.Today.ToString("yyyy-MM-dd"), ["Method"] = "fax" });
        var after = await PortalWorld.HtmlAsync(await client.GetAsync(new Uri(page, UriKind.Relative)));

        before.ShouldContain("Support has not started for this family yet");
        before.ShouldContain("Support has not ended for this family");
        before.ShouldNotContain("To send</strong>", Case.Sensitive, "nothing is due before support starts");
        noPdf.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await PortalWorld.HtmlAsync(noPdf)).ShouldContain("Record the start of a support episode first");
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var text = PdfText.Pages(await pdf.Content.ReadAsByteArrayAsync()).ShouldHaveSingleItem();
        text.ShouldContain("CONFIDENTIAL");
        text.ShouldContain(FamilyBuilder.Referral().Referrer);
        text.ShouldContain("home-visiting support");
        recorded.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        badMethod.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await PortalWorld.HtmlAsync(badMethod)).ShouldContain("Choose how the letter was sent");
        after.ShouldContain("id=\"letters-sent\"");
        after.ShouldContain("By post");
        after.ShouldContain("Sent</strong> by post on");
        (await PortalWorld.HtmlAsync(await client.GetAsync(new Uri(page, UriKind.Relative)))).ShouldNotContain("To send</strong>");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task LettersPage_RefusedToVolunteerTrusteeAndUnrelatedCoordinator_HiddenFromAnotherOrganisation(DatabaseProvider provider)
    {
        await using var world = await PortalWorld.CreateAsync(provider);
        await StartSupportAsync(world);
        var volunteer = await world.Seed.UserAsync(world.Organisation, Role.Volunteer);
        await world.Seed.MatchAsync(world.Organisation, world.Family.Family.Id, volunteer);
        var trustee = await world.Seed.UserAsync(world.Organisation, Role.Trustee);
        var colleague = await world.Seed.UserAsync(world.Organisation, Role.Coordinator);
        var elsewhere = await world.Seed.UserAsync(await world.Seed.OrganisationAsync("Scheme B"), Role.Coordinator);

        foreach (var (id, expected) in new[] { (volunteer, HttpStatusCode.Forbidden), (trustee, HttpStatusCode.Forbidden), (colleague, HttpStatusCode.Forbidden), (elsewhere, HttpStatusCode.NotFound) })
        {
            using var client = world.Factory.ClientFor(id);
            var pdf = await client.GetAsync(new Uri($"/families/{world.FamilyId}/letters?handler=Pdf&kind=support-started", UriKind.Relative));
            var record = await Forms.PostAsync(client, "/caseload", $"/families/{world.FamilyId}/letters?handler=Record",
                new Dictionary<string, string> { ["Kind"] = "support-started", ["SentOn"] = world.Clock.Today.ToString("yyyy-MM-dd"), ["Method"] = "post" });

            pdf.StatusCode.ShouldBe(expected);
            pdf.Content.Headers.ContentType?.MediaType.ShouldNotBe("application/pdf");
            record.StatusCode.ShouldBe(expected);
        }

        (await world.Seed.With<Confide.Data.Letters.ReferrerLetters, IReadOnlyList<Core.Portal.SentLetter>>(l => l.ListAsync(world.Organisation.Id, world.Family.Family.Id)))
            .ShouldBeEmpty("no refused request recorded a letter");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Api_DraftAndRecord_ForTheCoordinator_RefusedOtherwise(DatabaseProvider provider)
    {
        await using var world = await PortalWorld.CreateAsync(provider);
        var (coordinatorId, coordinator) = await world.ApiAccountAsync(world.Organisation, Role.Coordinator);
        var family = await world.Seed.FamilyAsync(world.Organisation, coordinatorId);
        var (_, colleague) = await world.ApiAccountAsync(world.Organisation, Role.Coordinator);
        var (_, trustee) = await world.ApiAccountAsync(world.Organisation, Role.Trustee);
        var (_, elsewhere) = await world.ApiAccountAsync(await world.Seed.OrganisationAsync("Scheme B"), Role.Coordinator);
        var draft = new Uri($"/api/v1/families/{family.Family.Id}/letters/support-ended", UriKind.Relative);
        var record = new Uri($"/api/v1/families/{family.Family.Id}/letters", UriKind.Relative);
        var body = new { kind = "support-ended", sentOn = world.Clock.Today, method = "secure-email" };

        var notEnded = await coordinator.GetAsync(draft);
        var episode = await StartSupportAsync(world, family.Family.Id);
        (await world.Seed.With<SupportRecords, Result<SupportEpisode>>(s => s.EndEpisodeAsync(world.Organisation.Id, episode, world.Clock.Today))).Succeeded.ShouldBeTrue();
        var refused = new[] { await colleague.GetAsync(draft), await trustee.GetAsync(draft), await colleague.PostAsJsonAsync(record, body) };
        var hidden = await elsewhere.GetAsync(draft);
        var pdf = await coordinator.GetAsync(draft);
        var unknownKind = await coordinator.GetAsync(new Uri($"/api/v1/families/{family.Family.Id}/letters/support-paused", UriKind.Relative));
        var invalid = await coordinator.PostAsJsonAsync(record, new { kind = "support-ended", method = "fax" });
        var created = await coordinator.PostAsJsonAsync(record, body);
        var listed = await coordinator.GetFromJsonAsync<JsonElement>(record);

        notEnded.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await notEnded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!.ShouldContain("Support has not ended");
        refused.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Forbidden);
        hidden.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = PdfText.Pages(await pdf.Content.ReadAsByteArrayAsync()).ShouldHaveSingleItem();
        text.ShouldContain("CONFIDENTIAL");
        text.ShouldContain("ended on");
        unknownKind.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(["sentOn", "method"], ignoreOrder: true);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("method").GetString().ShouldBe("secure-email");
        listed.GetArrayLength().ShouldBe(1);
    }

    private static async Task<SupportEpisodeId> StartSupportAsync(PortalWorld world, FamilyId? family = null) =>
        (await world.Seed.With<SupportRecords, Result<SupportEpisode>>(s =>
            s.StartEpisodeAsync(world.Organisation.Id, family ?? world.Family.Family.Id, SupportType.HomeVisiting, world.Clock.Today.AddDays(-1)))).Value.Id;
}
