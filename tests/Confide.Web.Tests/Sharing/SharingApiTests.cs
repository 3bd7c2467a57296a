using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Confide.Core.Sharing;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using Confide.Web.Tests.Api;

namespace Confide.Web.Tests.Sharing;

public sealed class SharingApiTests
{
    private static Dictionary<string, object?> Share(SharingWorld world, params string[] items) => new()
    {
        ["purpose"] = "safeguarding",
        ["agencyId"] = world.Agency.Id,
        ["recipientName"] = "Priya Natarajan",
        ["items"] = items.Length > 0 ? items : [FileItems.From(world.Family)[0].Ref],
        ["basis"] = "exception",
        ["exception"] = "child_welfare",
        ["exceptionJustification"] = "Bruising seen at the visit.",
        ["rationale"] = "The child's safety comes first.",
        ["accuracyChecked"] = true,
        ["familyTold"] = "before",
        ["toldOn"] = SharingWorld.Today,
        ["toldMethod"] = "in_person",
        ["channel"] = "phone",
        ["channelRiskAssessment"] = "Direct line of the named health visitor, confirmed from the register.",
        ["outcome"] = "shared",
    };

    private static Uri Decisions(SharingWorld world) => new($"/api/v1/families/{world.FamilyId}/sharing-decisions", UriKind.Relative);

    public static TheoryData<string, string, string> BadInputs => new()
    {
        { "no items", "items", "share.items_missing" },
        { "unregistered agency", "agencyId", "share.agency_unregistered" },
        { "retired agency", "agencyId", "share.agency_unregistered" },
        { "agency not checked", "agencyId", "share.agency_unchecked" },
        { "consent expired", "basis", "share.consent_not_covering" },
        { "consent withdrawn", "basis", "share.consent_not_covering" },
        { "exception the profile does not allow", "exception", "share.exception_not_allowed" },
        { "exception that does not exist", "exception", "invalid" },
        { "not told without a reason", "uninformedReason", "share.uninformed_reason_missing" },
        { "not told without a review date", "reviewOn", "share.review_date_missing" },
        { "e-mail as the channel", "channel", "invalid" },
        { "portal refuses", "channel", "share.publish_failed" },
    };

    [Theory, MemberData(nameof(BadInputs))]
    public async Task Decide_BadInput_Is400WithTheFieldsMessage_NothingSentOrWritten_AndTheAttemptAudited(string bad, string field, string code)
    {
        await using var world = await SharingWorld.CreateAsync(DatabaseProvider.Sqlite);
        using var client = await world.ApiClientAsync(world.Coordinator);
        var body = Share(world);
        switch (bad)
        {
            case "no items": body["items"] = Array.Empty<string>(); break;
            case "unregistered agency": body["agencyId"] = Guid.NewGuid(); break;
            case "retired agency":
                var retired = await world.AgencyAsync(world.Org, SharingWorld.Today, "Old Agency");
                await world.With<Confide.Data.Sharing.AgencyRegister, bool>(async r => (await r.RetireAsync(world.Org.Id, retired.Id)).Succeeded);
                body["agencyId"] = retired.Id;
                break;
            case "agency not checked": body["agencyId"] = (await world.AgencyAsync(world.Org, null, "Unchecked Agency")).Id; break;
            case "consent expired" or "consent withdrawn":
                world.Consents.Answer = new CoverageAnswer(null, bad == "consent expired" ? "The family's consent expired on 1 November 2026." : "The family withdrew their consent on 2 November 2026.");
                body["basis"] = "consent";
                break;
            case "exception the profile does not allow": body["exception"] = "serious_crime"; break;
            case "exception that does not exist": body["exception"] = "because_i_said_so"; break;
            case "not told without a reason": (body["familyTold"], body["reviewOn"]) = ("not_told", SharingWorld.Today.AddDays(14)); break;
            case "not told without a review date": (body["familyTold"], body["uninformedReason"]) = ("not_told", "risk_of_harm"); break;
            case "e-mail as the channel": body["channel"] = "email"; break;
            case "portal refuses": (body["channel"], world.Portal.Fail) = ("secure_portal", true); break;
        }

        var response = await client.PostAsJsonAsync(Decisions(world), body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await ApiWorld.JsonAsync(response);
        problem.GetProperty("codes").GetProperty(field).EnumerateArray().Select(c => c.GetString()).ShouldContain(code);
        problem.GetProperty("errors").GetProperty(field)[0].GetString()!.Length.ShouldBeGreaterThan(20);
        if (bad.StartsWith("consent", StringComparison.Ordinal))
        {
            problem.GetProperty("errors").GetProperty(field)[0].GetString()!.ShouldContain(bad == "consent expired" ? "expired on 1 November" : "withdrew");
        }

        (await world.CountsAsync()).ShouldBe((0, 0, 0));
        world.Portal.Published.ShouldBeEmpty();
        var refused = (await world.SharingAuditAsync()).ShouldHaveSingleItem();
        (refused.Action, refused.Outcome).ShouldBe(("share.refused", "Refused"));
        refused.Rule!.Split(' ').ShouldContain(code == "invalid" ? "invalid" : code);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Decide_CoveredByConsent_Is201CitingTheConsent_AndListedAndReadable(DatabaseProvider provider)
    {
        await using var world = await SharingWorld.CreateAsync(provider);
        using var client = await world.ApiClientAsync(world.Coordinator);
        var consent = Guid.NewGuid();
        world.Consents.Answer = new CoverageAnswer(consent, "The consent of 1 October 2026 covers health visitors.");
        var body = Share(world);
        body["basis"] = "consent";

        var items = await ApiWorld.JsonAsync(await client.GetAsync(new Uri($"/api/v1/families/{world.FamilyId}/shareable-items", UriKind.Relative)));
        var created = await client.PostAsJsonAsync(Decisions(world), body);

        items.EnumerateArray().Select(i => i.GetProperty("ref").GetString()).ShouldBe(FileItems.From(world.Family).Select(i => i.Ref));
        items[0].GetProperty("kind").GetString().ShouldBe("contact_details");
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var json = await ApiWorld.JsonAsync(created);
        json.GetProperty("basis").GetProperty("code").GetString().ShouldBe("consent");
        json.GetProperty("basis").GetProperty("consentId").GetGuid().ShouldBe(consent);
        json.GetProperty("portal").ValueKind.ShouldBe(JsonValueKind.Null);
        json.GetProperty("task").ValueKind.ShouldBe(JsonValueKind.Null, "the family was told before");
        var one = await ApiWorld.JsonAsync(await client.GetAsync(created.Headers.Location));
        one.GetProperty("items")[0].GetProperty("text").GetString().ShouldBe(FileItems.From(world.Family)[0].Text);
        var list = await ApiWorld.JsonAsync(await client.GetAsync(Decisions(world)));
        list.GetArrayLength().ShouldBe(1);
        (await world.SharingAuditAsync()).Select(a => a.Action).ShouldBe(["share.decide", "share.sent"], ignoreOrder: true);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Decide_ThroughThePortal_ReturnsTheLinkAndPasscodeOnce_AndTheTaskCanBeCompletedOnce(DatabaseProvider provider)
    {
        await using var world = await SharingWorld.CreateAsync(provider);
        using var client = await world.ApiClientAsync(world.Coordinator);
        var body = Share(world);
        (body["channel"], body["familyTold"]) = ("secure_portal", "after");

        var created = await ApiWorld.JsonAsync(await client.PostAsJsonAsync(Decisions(world), body));
        var taskId = created.GetProperty("task").GetProperty("id").GetGuid();
        var again = await ApiWorld.JsonAsync(await client.GetAsync(new Uri($"{Decisions(world)}/{created.GetProperty("id").GetGuid()}", UriKind.Relative)));
        var complete = new Uri($"/api/v1/sharing-tasks/{taskId}/complete", UriKind.Relative);
        var invalid = await client.PostAsJsonAsync(complete, new { toldOn = SharingWorld.Today.AddDays(2), method = "phone" });
        var done = await client.PostAsJsonAsync(complete, new { toldOn = SharingWorld.Today, method = "phone" });
        var twice = await client.PostAsJsonAsync(complete, new { toldOn = SharingWorld.Today, method = "phone" });

        created.GetProperty("portal").GetProperty("passcode").GetString().ShouldBe("TIGER-4821-PLUM");
        created.GetProperty("portal").GetProperty("note").GetString()!.ShouldContain("separate route");
        created.GetProperty("sentAt").ValueKind.ShouldBe(JsonValueKind.String);
        again.GetProperty("portal").ValueKind.ShouldBe(JsonValueKind.Null, "the passcode is never shown again");
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiWorld.JsonAsync(invalid)).GetProperty("codes").GetProperty("toldOn")[0].GetString().ShouldBe("task.told_date_future");
        done.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ApiWorld.JsonAsync(done)).GetProperty("status").GetString().ShouldBe("completed");
        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var second = await ApiWorld.JsonAsync(await client.PostAsJsonAsync(Decisions(world), body));
        var exempt = await client.PostAsJsonAsync(new Uri($"/api/v1/sharing-tasks/{second.GetProperty("task").GetProperty("id").GetGuid()}/complete", UriKind.Relative),
            new { exemption = "risk_of_harm", reviewOn = SharingWorld.Today.AddDays(30) });
        var otherFamily = await world.With<Confide.Data.Families.FamilyRecords, Guid>(async f => (await f.OpenAsync(world.Org.Id, world.Coordinator,
            new Confide.Data.Tests.Infrastructure.FamilyBuilder().Build(), Confide.Data.Tests.Infrastructure.FamilyBuilder.Referral(), world.Coordinator)).Value.Family.Id.Value);
        await world.GiveReasonAsync(world.Org, world.Coordinator, otherFamily);
        var elsewhere = await client.GetAsync(new Uri($"/api/v1/families/{otherFamily}/sharing-decisions/{created.GetProperty("id").GetGuid()}", UriKind.Relative));

        var revoke = new Uri($"{Decisions(world)}/{created.GetProperty("id").GetGuid()}/revoke", UriKind.Relative);
        using var volunteer = await world.ApiClientAsync(world.Volunteer);
        (await volunteer.PostAsync(revoke, null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.PostAsync(revoke, null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await client.PostAsync(revoke, null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        world.Portal.Revoked.ShouldBe([created.GetProperty("portalShareId").GetGuid()]);
        (await ApiWorld.JsonAsync(await client.GetAsync(new Uri($"{Decisions(world)}/{created.GetProperty("id").GetGuid()}", UriKind.Relative))))
            .GetProperty("portalRevokedAt").ValueKind.ShouldBe(JsonValueKind.String);
        exempt.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ApiWorld.JsonAsync(exempt)).GetProperty("status").GetString().ShouldBe("exempt");
        elsewhere.StatusCode.ShouldBe(HttpStatusCode.NotFound, "a decision is reached only through its own family");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Decide_VolunteerTrusteeAndUnrelatedCoordinatorAre403_AnotherOrganisation404_NothingWritten(DatabaseProvider provider)
    {
        await using var world = await SharingWorld.CreateAsync(provider);
        using var coordinator = await world.ApiClientAsync(world.Coordinator);
        var body = Share(world);
        (body["channel"], body["familyTold"]) = ("secure_portal", "after");
        var taskId = (await ApiWorld.JsonAsync(await coordinator.PostAsJsonAsync(Decisions(world), body))).GetProperty("task").GetProperty("id").GetGuid();
        world.Portal.Published.Clear();

        foreach (var (user, expected) in new[] { (world.Volunteer, HttpStatusCode.Forbidden), (world.Trustee, HttpStatusCode.Forbidden), (world.Colleague, HttpStatusCode.Forbidden), (world.Outsider, HttpStatusCode.NotFound) })
        {
            using var client = await world.ApiClientAsync(user);
            (await client.PostAsJsonAsync(Decisions(world), body)).StatusCode.ShouldBe(expected, $"POST as {user}");
            (await client.GetAsync(Decisions(world))).StatusCode.ShouldBe(expected, $"GET as {user}");
            (await client.GetAsync(new Uri($"/api/v1/families/{world.FamilyId}/shareable-items", UriKind.Relative))).StatusCode.ShouldBe(expected, $"items as {user}");
            (await client.PostAsJsonAsync(new Uri($"/api/v1/sharing-tasks/{taskId}/complete", UriKind.Relative), new { toldOn = SharingWorld.Today, method = "phone" }))
                .StatusCode.ShouldBe(expected, $"complete as {user}");
        }

        (await world.CountsAsync()).ShouldBe((1, 1, 1));
        world.Portal.Published.ShouldBeEmpty();
        (await world.With<Confide.Data.Sharing.SharingRecords, InformedTaskStatus>(async r => (await r.FindTaskAsync(world.Org.Id, taskId))!.Status)).ShouldBe(InformedTaskStatus.Open);
    }
}
