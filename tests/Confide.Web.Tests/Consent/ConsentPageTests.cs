using System.Net;
using Confide.Core.Staff;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using Confide.Web.Tests.Infrastructure;
using static Confide.Web.Tests.Consent.ConsentWorld;

namespace Confide.Web.Tests.Consent;

public sealed class ConsentPageTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task AssignedCoordinator_RecordsThroughTheForms_AndSeesCurrentThenWithdrawn(DatabaseProvider provider)
    {
        await using var world = await CreateAsync(provider);
        var org = await world.OrganisationAsync("suffolk");
        var ada = await world.AccountAsync(org, Role.Coordinator);
        var file = await world.FamilyAsync(org, ada);
        var agency = world.Agencies.Add(org.Id, "Bury health visiting team");
        var client = world.Factory.ClientFor(ada);
        var page = $"/families/{file.Family.Id}/consent";
        (await world.GiveReasonAsync(org, ada, file.Family.Id)).ShouldBeTrue();

        var fileHtml = await client.GetStringAsync(Url($"/families/{file.Family.Id}"));
        var notice = await Forms.PostAsync(client, page, page + "?handler=Notice", new Dictionary<string, string>
        {
            ["Notice.NoticeVersion"] = "PN-2024-03", ["Notice.ExplainedOn"] = Today.ToString("yyyy-MM-dd"), ["Notice.ExplainedBy"] = ada.ToString(),
            ["Notice.Verbally"] = "true", ["Notice.AbsentPartner"] = "not_applicable",
        });
        var agreement = await Forms.PostAsync(client, page, page + "?handler=Agreement", new Dictionary<string, string> { ["Agreement.AgreedOn"] = Today.ToString("yyyy-MM-dd") });
        var consent = await Forms.PostAsync(client, page, page + "?handler=Consent", ConsentForm(file, agency.Id));
        var shown = await client.GetStringAsync(Url(page));
        var consentId = (await world.WithAsync<Data.Consent.ConsentRecords, Data.Consent.ConsentFile?>(r => r.ListAsync(org.Id, file.Family.Id)))!.Consents.Single().Id;
        var withdraw = await Forms.PostAsync(client, page, page + $"?handler=Withdraw&consentId={consentId}", new Dictionary<string, string>
        {
            ["Withdrawal.WithdrawnOn"] = Today.ToString("yyyy-MM-dd"), ["Withdrawal.HowTold"] = "Rang the office",
        });
        var after = await client.GetStringAsync(Url(page));

        fileHtml.ShouldContain($"href=\"/families/{file.Family.Id}/consent\"");
        notice.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        agreement.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        consent.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        withdraw.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        shown.ShouldContain("PN-2024-03 explained on");
        shown.ShouldContain("The family agreed to receive support on");
        shown.ShouldContain("id=\"consents-current\"");
        shown.ShouldContain("Bury health visiting team");
        after.ShouldNotContain("id=\"consents-current\"");
        after.ShouldContain("id=\"consents-withdrawn\"");
        after.ShouldContain("(Rang the office)");
        (await world.CoverAsync(org, file, agency, Today)).Covered.ShouldBeFalse();
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Volunteer_Trustee_UnrelatedCoordinator_Get403_AnotherOrganisation_404_AndCannotPost(DatabaseProvider provider)
    {
        await using var world = await CreateAsync(provider);
        var org = await world.OrganisationAsync("suffolk");
        var ada = await world.AccountAsync(org, Role.Coordinator);
        var val = await world.AccountAsync(org, Role.Volunteer);
        var trustee = await world.AccountAsync(org, Role.Trustee);
        var bea = await world.AccountAsync(org, Role.Coordinator);
        var stranger = await world.AccountAsync(await world.OrganisationAsync("wirral"), Role.Coordinator);
        var file = await world.FamilyAsync(org, ada);
        (await world.MatchAsync(org, file.Family.Id, val)).ShouldBeTrue();
        var page = $"/families/{file.Family.Id}/consent";
        var agency = world.Agencies.Add(org.Id);
        foreach (var user in new[] { ada, val, trustee, bea })
        {
            (await world.GiveReasonAsync(org, user, file.Family.Id)).ShouldBeTrue();
        }

        var adaForm = await world.Factory.ClientFor(ada).GetStringAsync(Url(page));

        foreach (var (user, expected) in new[] { (val, HttpStatusCode.Forbidden), (trustee, HttpStatusCode.Forbidden), (bea, HttpStatusCode.Forbidden), (stranger, HttpStatusCode.NotFound) })
        {
            var client = world.Factory.ClientFor(user);
            var get = await client.GetAsync(Url(page));
            get.StatusCode.ShouldBe(expected, user.ToString());
            var html = await get.Content.ReadAsStringAsync();
            html.ShouldNotContain("Record consent");
            html.ShouldNotContain("Applegarth");
            // A hand-made post with a valid anti-forgery token for this client is still refused.
            var post = await Forms.PostAsync(client, "/account", page + "?handler=Consent", ConsentForm(file, agency.Id));
            post.StatusCode.ShouldBe(expected, user.ToString());
        }

        adaForm.ShouldContain("Record consent");
        (await world.CountsAsync()).ShouldBe((0, 0, 0));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task BadInput_ShowsTheMessageWith400_AndWritesNothing(DatabaseProvider provider)
    {
        await using var world = await CreateAsync(provider);
        var org = await world.OrganisationAsync("cumbria");
        var ada = await world.AccountAsync(org, Role.Coordinator);
        var file = await world.FamilyAsync(org, ada);
        var agency = world.Agencies.Add(org.Id);
        var client = world.Factory.ClientFor(ada);
        var page = $"/families/{file.Family.Id}/consent";
        var oral = ConsentForm(file, agency.Id);
        oral["Consent.Evidence"] = "oral";
        oral["Consent.OralAt"] = "14:30";
        oral["Consent.Wording"] = "Yes";
        oral["Consent.Witness"] = ada.ToString();
        oral["Consent.OralOn"] = Today.ToString("yyyy-MM-dd");

        var consent = await Forms.PostAsync(client, page, page + "?handler=Consent", oral);
        var agreement = await Forms.PostAsync(client, page, page + "?handler=Agreement", new Dictionary<string, string> { ["Agreement.AgreedOn"] = "not a date" });
        var notice = await Forms.PostAsync(client, page, page + "?handler=Notice", new Dictionary<string, string> { ["Notice.AbsentPartner"] = "told" });

        consent.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var consentHtml = await consent.Content.ReadAsStringAsync();
        consentHtml.ShouldContain("Your organisation&#x27;s policy requires consent in writing (a signed form or e-signature); oral consent cannot be recorded.");
        consentHtml.ShouldContain("<option value=\"oral\" selected=\"selected\">", Case.Sensitive, "what was entered is kept, to correct it");
        consentHtml.ShouldContain("value=\"coordinating_support\" checked=\"checked\"", Case.Sensitive);
        agreement.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await agreement.Content.ReadAsStringAsync()).ShouldContain("Enter the date the family agreed to receive support, like 2026-03-03.");
        notice.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var noticeHtml = await notice.Content.ReadAsStringAsync();
        noticeHtml.ShouldContain("Enter the privacy-notice version (for example PN-2024-03).");
        noticeHtml.ShouldContain("Enter the way the absent partner was told.");
        (await world.CountsAsync()).ShouldBe((0, 0, 0));
    }

    private static Dictionary<string, string> ConsentForm(Core.Families.FamilyFile file, Guid agency) => new()
    {
        ["Consent.MemberId"] = file.Family.Members[0].Id.ToString(),
        ["Consent.Role"] = "parent",
        ["Consent.Granted"] = "true",
        ["Consent.Scope"] = "specific",
        ["Consent.AgencyId"] = agency.ToString(),
        ["Consent.Purposes"] = "coordinating_support",
        ["Consent.Kinds"] = "support_given",
        ["Consent.Evidence"] = "written",
        ["Consent.WrittenReference"] = "FORM-2026-031",
        ["Consent.Visit"] = "initial",
        ["Consent.GivenOn"] = Today.ToString("yyyy-MM-dd"),
    };
}
