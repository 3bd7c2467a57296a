using System.Net;
using Confide.Core.Sharing;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;

namespace Confide.Web.Tests.Sharing;

public sealed class SharingPagesTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Coordinator_SharesPickedItemsThroughThePortal_SeesLinkAndPasscodeOnce_AndFindsItInTheLog(DatabaseProvider provider)
    {
        await using var world = await SharingWorld.CreateAsync(provider);
        using var client = world.PageClient(world.Coordinator);
        var newPage = $"/families/{world.FamilyId}/sharing/new";
        var items = FileItems.From(world.Family);
        var form = await client.GetStringAsync(new Uri(newPage, UriKind.Relative));

        var shared = await SharingForms.PostAsync(client, newPage, newPage, SharingForms.Share(world.Agency.Id, items[0].Ref, items[2].Ref));

        form.ShouldContain(items[1].Label);
        System.Text.RegularExpressions.Regex.Count(form, "name=\"Input.Items\"").ShouldBe(items.Count, "one checkbox per item, and no \"whole file\" one");
        shared.StatusCode.ShouldBe(HttpStatusCode.OK);
        var done = await shared.Content.ReadAsStringAsync();
        done.ShouldContain("Shared and recorded");
        done.ShouldContain("TIGER-4821-PLUM");
        done.ShouldContain("send the passcode by a separate route");
        var parcel = world.Portal.Published.ShouldHaveSingleItem();
        parcel.Items.Select(i => i.Ref).ShouldBe([items[0].Ref, items[2].Ref]);
        parcel.RecipientName.ShouldBe("Priya Natarajan");
        (parcel.AgencyId, parcel.FamilyId.Value, parcel.SentBy).ShouldBe((world.Agency.Id, world.FamilyId, world.Coordinator));
        var log = await client.GetStringAsync(new Uri($"/families/{world.FamilyId}/sharing", UriKind.Relative));
        log.ShouldContain("Northgate Health Visiting Team");
        log.ShouldContain("Priya Natarajan");
        log.ShouldContain(items[0].Label);
        log.ShouldContain("To be told after sharing");
        var decision = await client.GetStringAsync(new Uri($"/families/{world.FamilyId}/sharing/{parcel.DecisionId}", UriKind.Relative));
        decision.ShouldContain(items[2].Text.Replace("'", "&#x27;", StringComparison.Ordinal));
        decision.ShouldNotContain("TIGER-4821-PLUM");
        (await world.CountsAsync()).ShouldBe((1, 2, 1));
        (await client.GetStringAsync(new Uri("/caseload", UriKind.Relative))).ShouldContain("1 share is waiting for the family to be told");
        (await client.GetStringAsync(new Uri("/sharing/tasks", UriKind.Relative))).ShouldContain(world.Family.Family.Reference);
        (await world.SharingAuditAsync()).Select(a => (a.Action, a.Rule)).ShouldBe([("share.decide", "child_welfare"), ("share.sent", "secure_portal")], ignoreOrder: true);

        var decisionPage = $"/families/{world.FamilyId}/sharing/{parcel.DecisionId}";
        var revoked = await SharingForms.PostAsync(client, decisionPage, decisionPage + "?handler=Revoke", []);
        var again = await SharingForms.PostAsync(client, decisionPage, decisionPage + "?handler=Revoke", []);
        revoked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict, "the page no longer offers it; sent anyway, it is refused");
        (await again.Content.ReadAsStringAsync()).ShouldContain("nothing to revoke");
        world.Portal.Revoked.ShouldHaveSingleItem();
        (await client.GetStringAsync(new Uri(decisionPage, UriKind.Relative))).ShouldContain("link revoked");
        (await world.SharingAuditAsync()).Where(a => a.Action == "share.revoke").Select(a => a.Outcome).ShouldBe(["Allowed", "Refused"], ignoreOrder: true);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Coordinator_DecidesNotToShare_ItIsRecordedWithItsReasonsAndNothingIsSent(DatabaseProvider provider)
    {
        await using var world = await SharingWorld.CreateAsync(provider);
        using var client = world.PageClient(world.Coordinator);
        var newPage = $"/families/{world.FamilyId}/sharing/new";
        var item = FileItems.From(world.Family)[1];

        var response = await SharingForms.PostAsync(client, newPage, newPage, [
            new("Input.Purpose", "coordinating_support"), new("Input.AgencyId", world.Agency.Id.ToString()), new("Input.RecipientName", "Tom Berry"),
            new("Input.Items", item.Ref), new("Input.Rationale", "They asked for the child's name; they do not need it to help."), new("Input.Outcome", "not_shared")]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Decision not to share recorded");
        world.Portal.Published.ShouldBeEmpty();
        var log = await client.GetStringAsync(new Uri($"/families/{world.FamilyId}/sharing", UriKind.Relative));
        log.ShouldContain("Not shared");
        log.ShouldContain("Tom Berry");
        (await world.CountsAsync()).ShouldBe((1, 1, 0));
        (await world.SharingAuditAsync()).ShouldBe([("share.not-shared", "Allowed", "not-shared")]);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task NewDecision_MissingEverything_ShowsAMessageForEachElement_WritesNothing_AndIsAudited(DatabaseProvider provider)
    {
        await using var world = await SharingWorld.CreateAsync(provider);
        using var client = world.PageClient(world.Coordinator);
        var newPage = $"/families/{world.FamilyId}/sharing/new";

        var response = await SharingForms.PostAsync(client, newPage, newPage, [new("Input.Outcome", "shared")]);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("There is a problem");
        html.ShouldContain("Pick at least one item of the file, one by one");
        html.ShouldContain("Choose the receiving agency from your organisation&#x27;s register.");
        html.ShouldContain("Give the lawful basis");
        html.ShouldContain("Say whether the family is told");
        (await world.CountsAsync()).ShouldBe((0, 0, 0));
        world.Portal.Published.ShouldBeEmpty();
        var refused = (await world.SharingAuditAsync()).ShouldHaveSingleItem();
        (refused.Action, refused.Outcome).ShouldBe(("share.refused", "Refused"));
        refused.Rule!.Split(' ').ShouldContain("share.items_missing");
        refused.Rule!.Split(' ').ShouldContain("share.agency_missing");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task CheckConsent_ShowsTheCoveringConsent_OrOnlyTheExceptions(DatabaseProvider provider)
    {
        await using var world = await SharingWorld.CreateAsync(provider);
        using var client = world.PageClient(world.Coordinator);
        var newPage = $"/families/{world.FamilyId}/sharing/new";
        var fields = SharingForms.Share(world.Agency.Id, FileItems.From(world.Family)[0].Ref);
        fields.Add(new("Input.AgencyAlreadyInvolved", "true"));

        var none = await (await SharingForms.PostAsync(client, newPage, newPage + "?handler=Check", fields)).Content.ReadAsStringAsync();
        world.Consents.Answer = new CoverageAnswer(Guid.NewGuid(), "The consent of 1 October 2026 covers health visitors.");
        var covered = await (await SharingForms.PostAsync(client, newPage, newPage + "?handler=Check", fields)).Content.ReadAsStringAsync();

        none.ShouldContain("No consent on file covers this share: No consent is recorded for this family yet.");
        none.ShouldNotContain("id=\"basis-consent\"");
        none.ShouldContain("To protect a vulnerable adult");
        none.ShouldNotContain("Suspected terrorism", Case.Sensitive, "Suffolk's policy has no terrorism exception");
        covered.ShouldContain("Consent on file covers this share: The consent of 1 October 2026 covers health visitors.");
        covered.ShouldContain("id=\"basis-consent\"");
        (await world.CountsAsync()).ShouldBe((0, 0, 0));
        world.Consents.Asked.Last().Kinds.ShouldBe([InformationKind.ContactDetails]);
        (world.Consents.Asked.Last().AgencyAlreadyInvolved, world.Consents.Asked.Last().AgencyIsReferrer).ShouldBe((true, false));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task CompleteTask_OnTheDecisionPage_TakesItOffTheList(DatabaseProvider provider)
    {
        await using var world = await SharingWorld.CreateAsync(provider);
        using var client = world.PageClient(world.Coordinator);
        var newPage = $"/families/{world.FamilyId}/sharing/new";
        await SharingForms.PostAsync(client, newPage, newPage, SharingForms.Share(world.Agency.Id, FileItems.From(world.Family)[0].Ref));
        var decisionPage = $"/families/{world.FamilyId}/sharing/{world.Portal.Published.Single().DecisionId}";

        var missing = await SharingForms.PostAsync(client, decisionPage, decisionPage + "?handler=Complete", [new("ToldOn", SharingWorld.Today.ToString("yyyy-MM-dd"))]);
        var done = await SharingForms.PostAsync(client, decisionPage, decisionPage + "?handler=Complete", [new("ToldOn", SharingWorld.Today.ToString("yyyy-MM-dd")), new("Method", "phone")]);

        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await missing.Content.ReadAsStringAsync()).ShouldContain("Say how the family was told");
        done.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetStringAsync(new Uri(decisionPage, UriKind.Relative))).ShouldContain("The family was told on");
        (await client.GetStringAsync(new Uri("/sharing/tasks", UriKind.Relative))).ShouldContain("No family is waiting to be told of a share.");
        (await world.SharingAuditAsync()).Where(a => a.Action == "family-informed.complete").Select(a => a.Outcome).ShouldBe(["Refused", "Allowed"], ignoreOrder: true);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task SharingPages_VolunteerTrusteeAndUnrelatedCoordinatorAreRefused_AnotherOrganisationGets404(DatabaseProvider provider)
    {
        await using var world = await SharingWorld.CreateAsync(provider);
        var pages = new[] { $"/families/{world.FamilyId}/sharing", $"/families/{world.FamilyId}/sharing/new" };

        foreach (var (user, expected) in new[] { (world.Volunteer, HttpStatusCode.Forbidden), (world.Trustee, HttpStatusCode.Forbidden), (world.Colleague, HttpStatusCode.Forbidden), (world.Outsider, HttpStatusCode.NotFound) })
        {
            using var client = world.PageClient(user);
            foreach (var page in pages)
            {
                var response = await client.GetAsync(new Uri(page, UriKind.Relative));
                response.StatusCode.ShouldBe(expected, $"{page} for {user}");
                (await response.Content.ReadAsStringAsync()).ShouldNotContain("Quillfeather");
            }
        }

        using var volunteer = world.PageClient(world.Volunteer);
        using var content = new FormUrlEncodedContent(SharingForms.Share(world.Agency.Id, "family:address"));
        var post = await volunteer.PostAsync(new Uri(pages[1], UriKind.Relative), content);
        post.StatusCode.ShouldBeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.Forbidden);
        (await world.CountsAsync()).ShouldBe((0, 0, 0));
        world.Portal.Published.ShouldBeEmpty();
    }
}
