using System.Net;
using Confide.Core.Staff;
using Confide.Data.Records;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using Confide.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Web.Tests.Families;

public sealed class FamilyPagesTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Coordinator_SeesOwnCaseloadAndFile_AnotherCoordinatorsIsRefusedWithoutContent(DatabaseProvider provider)
    {
        await using var factory = await ConfideWebFactory.CreateAsync(provider);
        var seed = new Seed(factory);
        var org = await seed.OrganisationAsync();
        var (me, colleague) = (await seed.UserAsync(org, Role.Coordinator), await seed.UserAsync(org, Role.Coordinator));
        var mine = await seed.FamilyAsync(org, me, "Ada", "Quillfeather");
        var theirs = await seed.FamilyAsync(org, colleague, "Cyril", "Marchbanks");
        using var client = factory.ClientFor(me);

        var caseload = await client.GetStringAsync(new Uri("/caseload", UriKind.Relative));
        var file = await client.GetAsync(new Uri($"/families/{mine.Family.Id}", UriKind.Relative));
        var other = await client.GetAsync(new Uri($"/families/{theirs.Family.Id}", UriKind.Relative));

        caseload.ShouldContain("Quillfeather");
        caseload.ShouldNotContain("Marchbanks");
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await file.Content.ReadAsStringAsync();
        html.ShouldContain("Ada Quillfeather");
        html.ShouldContain("aged 6");
        html.ShouldContain(FamilyBuilder.Referral().Reason.Replace("'", "&#x27;", StringComparison.Ordinal));
        other.StatusCode.ShouldBe(HttpStatusCode.Forbidden, "a colleague's file in the same organisation is refused with the reason, not hidden");
        var refusal = await other.Content.ReadAsStringAsync();
        refusal.ShouldContain("You cannot open this file");
        refusal.ShouldNotContain("Marchbanks");
        refusal.ShouldNotContain("Cyril");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Volunteer_SeesOnlyTheVolunteerViewWhileMatched_AfterwardsIsRefusedWithoutContent(DatabaseProvider provider)
    {
        await using var factory = await ConfideWebFactory.CreateAsync(provider);
        var seed = new Seed(factory);
        var org = await seed.OrganisationAsync();
        var coordinator = await seed.UserAsync(org, Role.Coordinator);
        var (volunteer, former) = (await seed.UserAsync(org, Role.Volunteer), await seed.UserAsync(org, Role.Volunteer));
        var family = await seed.FamilyAsync(org, coordinator);
        await seed.MatchAsync(org, family.Family.Id, volunteer);
        await seed.MatchAsync(org, family.Family.Id, former, endedOn: DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1));
        using var client = factory.ClientFor(volunteer);
        using var formerClient = factory.ClientFor(former);

        var html = await client.GetStringAsync(new Uri($"/families/{family.Family.Id}", UriKind.Relative));
        var afterMatch = await formerClient.GetAsync(new Uri($"/families/{family.Family.Id}", UriKind.Relative));

        html.ShouldContain("volunteer view");
        html.ShouldContain("Ada Quillfeather");
        html.ShouldNotContain("aged", Case.Sensitive, "a volunteer does not see dates of birth or ages");
        html.ShouldNotContain("Isolated after a house move", Case.Sensitive, "a volunteer does not see the referral reason");
        afterMatch.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var refusal = await afterMatch.Content.ReadAsStringAsync();
        refusal.ShouldContain("You cannot open this file");
        refusal.ShouldContain("match with this family ended on", Case.Insensitive, "the refusal says why");
        refusal.ShouldNotContain("Quillfeather");
        refusal.ShouldNotContain("Bram");
        (await formerClient.GetStringAsync(new Uri("/caseload", UriKind.Relative))).ShouldNotContain("Quillfeather");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Administrator_IsRefusedWithoutContent_OtherOrganisation_GetsNotFound_AndSearchShowsNothing(DatabaseProvider provider)
    {
        await using var factory = await ConfideWebFactory.CreateAsync(provider);
        var seed = new Seed(factory);
        var org = await seed.OrganisationAsync();
        var elsewhere = await seed.OrganisationAsync("Scheme B");
        var family = await seed.FamilyAsync(org, await seed.UserAsync(org, Role.Coordinator));
        using var admin = factory.ClientFor(await seed.UserAsync(org, Role.Administrator));
        using var outsider = factory.ClientFor(await seed.UserAsync(elsewhere, Role.Coordinator));
        var uri = new Uri($"/families/{family.Family.Id}", UriKind.Relative);

        var adminFile = await admin.GetAsync(uri);
        var outsiderFile = await outsider.GetAsync(uri);

        adminFile.StatusCode.ShouldBe(HttpStatusCode.Forbidden, "an administrator of the organisation may know the file exists, not what is in it");
        outsiderFile.StatusCode.ShouldBe(HttpStatusCode.NotFound, "another organisation's file must look like no file at all");
        foreach (var response in new[] { adminFile, outsiderFile })
        {
            var html = await response.Content.ReadAsStringAsync();
            html.ShouldNotContain("Quillfeather");
            html.ShouldNotContain("Bram");
        }

        foreach (var client in new[] { admin, outsider })
        {
            var search = await client.GetStringAsync(new Uri("/families/search?q=Quillfeather", UriKind.Relative));
            search.ShouldContain("0 families found");
            search.ShouldNotContain(family.Family.Reference);
        }
    }

    [Fact]
    public async Task SignedOut_IsRefusedTheFamilyPages()
    {
        await using var factory = await ConfideWebFactory.CreateAsync(DatabaseProvider.Sqlite);
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri("/caseload", UriKind.Relative));

        ((int)response.StatusCode).ShouldBeOneOf(401, 302);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task NewReferral_WithoutConsent_ShowsTheProblemAndWritesNothing(DatabaseProvider provider)
    {
        await using var factory = await ConfideWebFactory.CreateAsync(provider);
        var seed = new Seed(factory);
        var org = await seed.OrganisationAsync();
        using var client = factory.ClientFor(await seed.UserAsync(org, Role.Coordinator));

        var response = await Forms.PostAsync(client, "/families/new", "/families/new", ReferralForm(consented: false));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("has not consented to this referral");
        (await FamilyCountAsync(factory, org)).ShouldBe(0);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task NewReferral_ThenNoteDraftedAndFinalised_AppearsOnTheFile(DatabaseProvider provider)
    {
        await using var factory = await ConfideWebFactory.CreateAsync(provider);
        var seed = new Seed(factory);
        var org = await seed.OrganisationAsync();
        using var client = factory.ClientFor(await seed.UserAsync(org, Role.Coordinator));

        var created = await Forms.PostAsync(client, "/families/new", "/families/new", ReferralForm(consented: true));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var filePath = created.Headers.Location!.OriginalString;
        var drafted = await Forms.PostAsync(client, filePath, filePath + "?handler=Note",
            new Dictionary<string, string> { ["ContactOn"] = DateTime.UtcNow.ToString("yyyy-MM-dd"), ["Text"] = "First home visit went well." });
        drafted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var html = await client.GetStringAsync(new Uri(filePath, UriKind.Relative));
        html.ShouldContain("First home visit went well.");
        html.ShouldContain("Finalise and sign this note");
        var noteId = System.Text.RegularExpressions.Regex.Match(html, "noteId=([0-9a-f-]{36})").Groups[1].Value;

        var finalised = await Forms.PostAsync(client, filePath, $"{filePath}?handler=Finalise&noteId={noteId}", new Dictionary<string, string>());

        finalised.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await client.GetStringAsync(new Uri(filePath, UriKind.Relative));
        after.ShouldContain("finalised and signed");
        after.ShouldNotContain("Finalise and sign this note");
        (await FamilyCountAsync(factory, org)).ShouldBe(1);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Note_WithoutAntiForgeryToken_IsRefusedAndWritesNothing(DatabaseProvider provider)
    {
        await using var factory = await ConfideWebFactory.CreateAsync(provider);
        var seed = new Seed(factory);
        var org = await seed.OrganisationAsync();
        var coordinator = await seed.UserAsync(org, Role.Coordinator);
        var family = await seed.FamilyAsync(org, coordinator);
        using var client = factory.ClientFor(coordinator);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Text"] = "Forged" });

        var response = await client.PostAsync(new Uri($"/families/{family.Family.Id}?handler=Note", UriKind.Relative), form);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await using var scope = factory.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<ConfideDbContext>().Notes.CountAsync(n => n.FamilyId == family.Family.Id.Value)).ShouldBe(0);
    }

    private static Dictionary<string, string> ReferralForm(bool consented)
    {
        var form = new Dictionary<string, string>
        {
            ["Referrer"] = "Health visitor, Haverhill",
            ["ReferredOn"] = DateTime.UtcNow.AddDays(-2).ToString("yyyy-MM-dd"),
            ["Reason"] = "Low mood after the birth of twins.",
            ["Address"] = "4 Chapel Street, Haverhill",
            ["Postcode"] = "CB9 8AA",
            ["Adults[0].GivenName"] = "Nell",
            ["Adults[0].FamilyName"] = "Ashdown",
            ["Children[0].GivenName"] = "Pip",
            ["Children[0].FamilyName"] = "Ashdown",
            ["Children[0].DateOfBirth"] = DateTime.UtcNow.AddYears(-1).ToString("yyyy-MM-dd"),
        };
        if (consented)
        {
            form["FamilyConsented"] = "true";
        }

        return form;
    }

    private static async Task<int> FamilyCountAsync(ConfideWebFactory factory, Core.Organisations.Organisation org)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ConfideDbContext>().Families.CountAsync(f => f.OrganisationId == org.Id.Value);
    }
}
