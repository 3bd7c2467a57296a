using System.Net;
using System.Text;
using Confide.Core.Staff;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using static Confide.Web.Tests.Consent.ConsentWorld;

namespace Confide.Web.Tests.Consent;

public sealed class ConsentApiTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task AssignedCoordinator_RecordsNoticeAgreementAndConsent_ListsThem_AndEachIsAudited(DatabaseProvider provider)
    {
        await using var world = await CreateAsync(provider);
        var org = await world.OrganisationAsync("wirral");
        var (ada, client) = await world.SignedInAsync(org, Role.Coordinator);
        var file = await world.FamilyAsync(org, ada);
        var agency = world.Agencies.Add(org.Id);
        var id = file.Family.Id;

        var notice = await PostAsync(client, $"/api/v1/families/{id}/privacy-notices", new
        {
            noticeVersion = "PN-2024-03", explainedOn = Today, explainedBy = ada.Value, verbally = true, leafletVersion = "Leaflet v4",
            sharingExplained = true, refusalConsequencesExplained = true, absentPartner = "told", absentPartnerHow = "By phone", absentPartnerToldOn = Today,
        });
        var agreement = await PostAsync(client, $"/api/v1/families/{id}/service-agreement", new { agreedOn = Today });
        var consent = await PostAsync(client, $"/api/v1/families/{id}/consents", Written(file, agency.Id, Today));
        var general = await PostAsync(client, $"/api/v1/families/{id}/consents", new
        {
            memberId = file.Family.Members[0].Id.Value, role = "parent", granted = false, scope = "general_referrer", visit = "review", givenOn = Today,
        });
        var consents = await JsonAsync(await client.GetAsync(Url($"/api/v1/families/{id}/consents")));
        var notices = await JsonAsync(await client.GetAsync(Url($"/api/v1/families/{id}/privacy-notices")));

        notice.StatusCode.ShouldBe(HttpStatusCode.Created);
        agreement.StatusCode.ShouldBe(HttpStatusCode.Created);
        consent.StatusCode.ShouldBe(HttpStatusCode.Created);
        general.StatusCode.ShouldBe(HttpStatusCode.Created);
        consents.GetArrayLength().ShouldBe(2);
        consents[0].GetProperty("state").GetString().ShouldBe("current");
        consents[0].GetProperty("agencyId").GetGuid().ShouldBe(agency.Id);
        consents[0].GetProperty("kinds").EnumerateArray().Select(k => k.GetString()).ShouldBe(["support_given", "progress_and_circumstances"]);
        consents[1].GetProperty("state").GetString().ShouldBe("refused");
        notices.GetArrayLength().ShouldBe(1);
        notices[0].GetProperty("absentPartnerHow").GetString().ShouldBe("By phone");
        var audit = await world.AuditAsync(org, id);
        audit.Where(e => e.Outcome == Core.Audit.AuditOutcome.Allowed && e.ActorId == ada).Select(e => e.Action)
            .Where(a => a.Contains('.', StringComparison.Ordinal))
            .ShouldBe(["privacy-notice.record", "service-agreement.record", "consent.record", "consent.record"]);
        var recorded = audit.First(e => e.Action == "consent.record");
        recorded.Part.ShouldBe($"consent/{(await JsonAsync(consent)).GetProperty("id").GetGuid():D}");
        string.Join("|", audit.Select(e => $"{e.Part} {e.Reason} {e.Rule}")).ShouldNotContain("Applegarth");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Withdraw_StopsCoverageAtOnce_AndASecondWithdrawalIsAConflict(DatabaseProvider provider)
    {
        await using var world = await CreateAsync(provider);
        var org = await world.OrganisationAsync("suffolk");
        var (ada, client) = await world.SignedInAsync(org, Role.Coordinator);
        var file = await world.FamilyAsync(org, ada);
        var agency = world.Agencies.Add(org.Id);
        var created = await JsonAsync(await PostAsync(client, $"/api/v1/families/{file.Family.Id}/consents", Written(file, agency.Id, Today.AddDays(-7))));
        var consentId = created.GetProperty("id").GetGuid();
        var before = await world.CoverAsync(org, file, agency, Today);

        var withdrawn = await PostAsync(client, $"/api/v1/families/{file.Family.Id}/consents/{consentId}/withdraw", new { withdrawnOn = Today, howTold = "Phoned the office" });
        var after = await world.CoverAsync(org, file, agency, Today);
        var again = await PostAsync(client, $"/api/v1/families/{file.Family.Id}/consents/{consentId}/withdraw", new { withdrawnOn = Today, howTold = "Again" });

        before.ConsentId.ShouldBe(consentId);
        withdrawn.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await JsonAsync(withdrawn)).GetProperty("state").GetString().ShouldBe("withdrawn");
        after.Covered.ShouldBeFalse();
        after.Explanation.ShouldEndWith($"was withdrawn on {Core.Consent.ConsentWording.Date(Today)}.");
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await JsonAsync(again)).GetProperty("detail").GetString()!.ShouldContain("was already withdrawn on");
        (await world.AuditAsync(org, file.Family.Id)).Where(e => e.Action == "consent.withdraw").Select(e => e.Outcome)
            .ShouldBe([Core.Audit.AuditOutcome.Allowed, Core.Audit.AuditOutcome.Refused]);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task VolunteerTrusteeUnrelatedCoordinator_AreRefused_AnotherOrganisation_Is404_AndNothingIsWritten(DatabaseProvider provider)
    {
        await using var world = await CreateAsync(provider);
        var org = await world.OrganisationAsync("suffolk");
        var (ada, _) = await world.SignedInAsync(org, Role.Coordinator);
        var (val, volunteer) = await world.SignedInAsync(org, Role.Volunteer);
        var (trusteeId, trustee) = await world.SignedInAsync(org, Role.Trustee);
        var (beaId, bea) = await world.SignedInAsync(org, Role.Coordinator);
        var (_, stranger) = await world.SignedInAsync(await world.OrganisationAsync("wirral"), Role.Coordinator);
        var file = await world.FamilyAsync(org, ada);
        (await world.MatchAsync(org, file.Family.Id, val)).ShouldBeTrue();
        var agency = world.Agencies.Add(org.Id);
        var path = $"/api/v1/families/{file.Family.Id}";
        foreach (var user in new[] { val, trusteeId, beaId })
        {
            (await world.GiveReasonAsync(org, user, file.Family.Id)).ShouldBeTrue();
        }

        foreach (var (client, expected, who) in new[] { (volunteer, HttpStatusCode.Forbidden, "volunteer"), (trustee, HttpStatusCode.Forbidden, "trustee"),
                     (bea, HttpStatusCode.Forbidden, "unrelated coordinator"), (stranger, HttpStatusCode.NotFound, "other organisation") })
        {
            var list = await client.GetAsync(Url(path + "/consents"));
            list.StatusCode.ShouldBe(expected, who);
            if (expected == HttpStatusCode.Forbidden)
            {
                (await JsonAsync(list)).GetProperty("rule").GetString().ShouldNotBe("reason-required", who);
            }

            (await client.GetAsync(Url(path + "/privacy-notices"))).StatusCode.ShouldBe(expected, who);
            (await PostAsync(client, path + "/consents", Written(file, agency.Id, Today))).StatusCode.ShouldBe(expected, who);
            (await PostAsync(client, path + "/service-agreement", new { agreedOn = Today })).StatusCode.ShouldBe(expected, who);
            (await PostAsync(client, path + "/privacy-notices", new { noticeVersion = "PN-1", explainedOn = Today, verbally = true, absentPartner = "not_applicable" }))
                .StatusCode.ShouldBe(expected, who);
            (await PostAsync(client, path + $"/consents/{Guid.NewGuid()}/withdraw", new { withdrawnOn = Today, howTold = "x" })).StatusCode.ShouldBe(expected, who);
        }

        (await world.CountsAsync()).ShouldBe((0, 0, 0));
    }

    public static TheoryData<string> BadInputs => new(Bad.Keys);

    private static readonly Dictionary<string, (string Path, Func<Core.Families.FamilyFile, Guid, object> Body, string Field, string Message)> Bad = new()
    {
        ["no member"] = ("consents", (f, a) => new { role = "parent", granted = true, scope = "specific", agencyId = a, purposes = new[] { "coordinating_support" }, kinds = new[] { "support_given" }, evidence = "written", writtenReference = "F1", visit = "initial", givenOn = Today },
            "memberId", "Choose the family member who gave or refused consent."),
        ["unknown role"] = ("consents", (f, a) => new { memberId = f.Family.Members[0].Id.Value, role = "mum", granted = true, scope = "specific", agencyId = a, purposes = new[] { "coordinating_support" }, kinds = new[] { "support_given" }, evidence = "written", writtenReference = "F1", visit = "initial", givenOn = Today },
            "role", "'mum' is not a known value here; use one of: parent, parental_responsibility_holder, child."),
        ["unknown kind"] = ("consents", (f, a) => new { memberId = f.Family.Members[0].Id.Value, role = "parent", granted = true, scope = "specific", agencyId = a, purposes = new[] { "coordinating_support" }, kinds = new[] { "gossip" }, evidence = "written", writtenReference = "F1", visit = "initial", givenOn = Today },
            "kinds", "'gossip' is not a known value here; use one of: contact_details, support_given, progress_and_circumstances, welfare_concerns, session_notes, special_category."),
        ["agency not on the register"] = ("consents", (f, a) => new { memberId = f.Family.Members[0].Id.Value, role = "parent", granted = true, scope = "specific", agencyId = Guid.NewGuid(), purposes = new[] { "coordinating_support" }, kinds = new[] { "support_given" }, evidence = "written", writtenReference = "F1", visit = "initial", givenOn = Today },
            "agencyId", "That agency is not on your organisation's register; add it to the register first, or choose a category."),
        ["expiry before given"] = ("consents", (f, a) => new { memberId = f.Family.Members[0].Id.Value, role = "parent", granted = true, scope = "specific", agencyId = a, purposes = new[] { "coordinating_support" }, kinds = new[] { "support_given" }, evidence = "written", writtenReference = "F1", visit = "initial", givenOn = Today, expiresOn = Today.AddDays(-1) },
            "expiresOn", $"The expiry date must be after the date consent was given ({Core.Consent.ConsentWording.Date(Today)})."),
        ["oral time not a time"] = ("consents", (f, a) => new { memberId = f.Family.Members[0].Id.Value, role = "parent", granted = true, scope = "specific", agencyId = a, purposes = new[] { "coordinating_support" }, kinds = new[] { "support_given" }, evidence = "oral", witness = Guid.NewGuid(), oralOn = Today, oralAt = "half two", wording = "Yes", visit = "initial", givenOn = Today },
            "oralAt", "'half two' is not a time; enter it like 14:30."),
        ["general with session notes"] = ("consents", (f, a) => new { memberId = f.Family.Members[0].Id.Value, role = "parent", granted = true, scope = "general_involved_agencies", kinds = new[] { "session_notes" }, evidence = "written", writtenReference = "F1", visit = "initial", givenOn = Today },
            "kinds", "General consent covers only the support given and progress; session notes need a specific consent."),
        ["child where children are not asked"] = ("consents", (f, a) => new { memberId = f.Family.Members[1].Id.Value, role = "child", childCompetent = true, competenceNote = "Understood", granted = true, scope = "specific", agencyId = a, purposes = new[] { "coordinating_support" }, kinds = new[] { "support_given" }, evidence = "written", writtenReference = "F1", visit = "initial", givenOn = Today },
            "role", "Your organisation's policy does not ask children for consent; record the consent of a parent or person with parental responsibility."),
        ["notice without version"] = ("privacy-notices", (f, a) => new { explainedOn = Today, verbally = true, absentPartner = "not_applicable" },
            "noticeVersion", "Enter the privacy-notice version (for example PN-2024-03)."),
        ["notice without how"] = ("privacy-notices", (f, a) => new { noticeVersion = "PN-1", explainedOn = Today, absentPartner = "not_applicable" },
            "verbally", "Record how the notice was explained: aloud, in writing (with the leaflet version given), or both."),
        ["agreement in the future"] = ("service-agreement", (f, a) => new { agreedOn = Today.AddDays(1) },
            "agreedOn", $"The date {Core.Consent.ConsentWording.Date(Today.AddDays(1))} is in the future."),
    };

    [Theory, MemberData(nameof(BadInputs))]
    public async Task BadInput_Is400WithTheFieldsMessage_AndNothingIsWritten(string name)
    {
        await using var world = await CreateAsync(DatabaseProvider.Sqlite);
        var org = await world.OrganisationAsync("suffolk");
        var (ada, client) = await world.SignedInAsync(org, Role.Coordinator);
        var file = await world.FamilyAsync(org, ada);
        var agency = world.Agencies.Add(org.Id);
        var (path, body, field, message) = Bad[name];

        var response = await PostAsync(client, $"/api/v1/families/{file.Family.Id}/{path}", body(file, agency.Id));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await JsonAsync(response)).GetProperty("errors");
        errors.GetProperty(field).EnumerateArray().Select(e => e.GetString()).ShouldContain(message);
        (await world.CountsAsync()).ShouldBe((0, 0, 0));
    }

    [Fact]
    public async Task MalformedJson_UnknownConsent_AndMissingWithdrawalDate_AreClearProblems()
    {
        await using var world = await CreateAsync(DatabaseProvider.Sqlite);
        var org = await world.OrganisationAsync("suffolk");
        var (ada, client) = await world.SignedInAsync(org, Role.Coordinator);
        var file = await world.FamilyAsync(org, ada);
        var agency = world.Agencies.Add(org.Id);
        var consentId = (await JsonAsync(await PostAsync(client, $"/api/v1/families/{file.Family.Id}/consents", Written(file, agency.Id, Today)))).GetProperty("id").GetGuid();
        using var broken = new StringContent("{\"memberId\": ", Encoding.UTF8, "application/json");

        var malformed = await client.PostAsync(Url($"/api/v1/families/{file.Family.Id}/consents"), broken);
        var unknown = await PostAsync(client, $"/api/v1/families/{file.Family.Id}/consents/{Guid.NewGuid()}/withdraw", new { withdrawnOn = Today, howTold = "Letter" });
        var undated = await PostAsync(client, $"/api/v1/families/{file.Family.Id}/consents/{consentId}/withdraw", new { howTold = "Letter" });

        malformed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await JsonAsync(malformed)).GetProperty("detail").GetString()!.ShouldStartWith("The request body is not valid JSON");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        undated.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await JsonAsync(undated)).GetProperty("errors").GetProperty("withdrawnOn")[0].GetString().ShouldBe("Enter the date the consent was withdrawn, like 2026-05-01.");
        (await world.CountsAsync()).ShouldBe((1, 0, 0));
        (await world.CoverAsync(org, file, agency, Today)).Covered.ShouldBeTrue();
    }
}
