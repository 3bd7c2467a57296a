using System.Net;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using Confide.Web.Tests.Infrastructure;

namespace Confide.Web.Tests.Portal;

/// <summary>The recipient's side of the secure share portal, over HTTP with a clock the test moves.</summary>
public sealed class RecipientPortalTests
{
    private const string Gone = "This link has expired or been withdrawn";

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task RightRecipient_WithThePasscode_SeesTheItems_EveryPageConfidentialAndUncached_AndTheSenderSeesTheView(DatabaseProvider provider)
    {
        await using var world = await PortalWorld.CreateAsync(provider);
        var share = await world.PublishAsync();
        using var recipient = world.Recipient();

        var form = await recipient.GetAsync(new Uri(share.LinkPath, UriKind.Relative));
        var formHtml = await PortalWorld.HtmlAsync(form);
        world.Clock.Now = world.Clock.Now.AddMinutes(30);
        var opened = await PortalWorld.EnterPasscodeAsync(recipient, share, share.Passcode.ToLowerInvariant());
        var openedHtml = await PortalWorld.HtmlAsync(opened);
        using var sender = world.Factory.ClientFor(world.Coordinator);
        var shares = await PortalWorld.HtmlAsync(await sender.GetAsync(new Uri($"/families/{world.FamilyId}/shares", UriKind.Relative)));

        form.StatusCode.ShouldBe(HttpStatusCode.OK);
        opened.StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var (response, html) in new[] { (form, formHtml), (opened, openedHtml) })
        {
            html.ShouldContain("<title>CONFIDENTIAL – ");
            html.ShouldContain("id=\"confidential-banner\"");
            response.Headers.CacheControl!.NoStore.ShouldBeTrue();
            html.ShouldNotContain("/caseload", Case.Sensitive, "no staff navigation on the recipient's pages");
            html.ShouldNotContain("Sign in");
        }

        formHtml.ShouldContain("Enter the passcode");
        formHtml.ShouldNotContain("Ada finds mornings hard");
        openedHtml.ShouldContain("Visit note, 12 November");
        openedHtml.ShouldContain("Ada finds mornings hard; Bram settled at nursery.");
        openedHtml.ShouldContain("Dr Imogen Vale");
        shares.ShouldContain("Dr Imogen Vale");
        shares.ShouldContain(world.Clock.Now.UtcDateTime.ToString("d MMM yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        shares.ShouldNotContain("Not opened");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task ExpiredRevokedAndUnknownLinks_AllGetTheSameCalmPage(DatabaseProvider provider)
    {
        await using var world = await PortalWorld.CreateAsync(provider);
        var expiring = await world.PublishAsync(TimeSpan.FromHours(1));
        var revoked = await world.PublishAsync();
        using var sender = world.Factory.ClientFor(world.Coordinator);
        using var recipient = world.Recipient();
        var beforeExpiry = await recipient.GetAsync(new Uri(expiring.LinkPath, UriKind.Relative));
        var revoke = await Forms.PostAsync(sender, $"/families/{world.FamilyId}/shares",
            $"/families/{world.FamilyId}/shares?handler=Revoke&shareId={revoked.ShareId}", new Dictionary<string, string>());
        world.Clock.Now = world.Clock.Now.AddHours(1);

        var responses = new[]
        {
            await recipient.GetAsync(new Uri(expiring.LinkPath, UriKind.Relative)),
            await recipient.GetAsync(new Uri(revoked.LinkPath, UriKind.Relative)),
            await recipient.GetAsync(new Uri("/share/" + Core.Portal.ShareLinkToken.New(), UriKind.Relative)),
            await recipient.GetAsync(new Uri("/share/not-a-token", UriKind.Relative)),
        };
        var bodies = await Task.WhenAll(responses.Select(PortalWorld.HtmlAsync));

        beforeExpiry.StatusCode.ShouldBe(HttpStatusCode.OK);
        revoke.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.NotFound);
        bodies.ShouldAllBe(b => b.Contains(Gone) && b.Contains("CONFIDENTIAL"));
        bodies.Distinct().Count().ShouldBe(1, "expired, withdrawn and unknown links cannot be told apart");
        var shares = await PortalWorld.HtmlAsync(await sender.GetAsync(new Uri($"/families/{world.FamilyId}/shares", UriKind.Relative)));
        shares.ShouldContain("Expired");
        shares.ShouldContain("Withdrawn");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task WrongPasscodes_LockTheLink_ThenBlockIt_UntilTheSenderIssuesANewPasscode(DatabaseProvider provider)
    {
        await using var world = await PortalWorld.CreateAsync(provider);
        var share = await world.PublishAsync();
        using var recipient = world.Recipient();

        var wrong = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
        {
            wrong.Add(await PortalWorld.EnterPasscodeAsync(recipient, share, "AAAAA-AAAAA"));
        }

        var rightWhileLocked = await PortalWorld.EnterPasscodeAsync(recipient, share, share.Passcode);
        world.Clock.Now = world.Clock.Now.AddMinutes(16);
        for (var i = 0; i < 5; i++)
        {
            wrong.Add(await PortalWorld.EnterPasscodeAsync(recipient, share, "BBBBB-BBBBB"));
        }

        world.Clock.Now = world.Clock.Now.AddHours(2);
        var rightWhileBlocked = await PortalWorld.EnterPasscodeAsync(recipient, share, share.Passcode);
        using var sender = world.Factory.ClientFor(world.Coordinator);
        var status = await PortalWorld.HtmlAsync(await sender.GetAsync(new Uri($"/families/{world.FamilyId}/shares", UriKind.Relative)));
        var reissue = await Forms.PostAsync(sender, $"/families/{world.FamilyId}/shares",
            $"/families/{world.FamilyId}/shares?handler=Passcode&shareId={share.ShareId}", new Dictionary<string, string>());
        var newPasscode = PortalWorld.NewPasscode().Match(await PortalWorld.HtmlAsync(reissue)).Groups[1].Value;
        var oldPasscode = await PortalWorld.EnterPasscodeAsync(recipient, share, share.Passcode);
        var opened = await PortalWorld.EnterPasscodeAsync(recipient, share, newPasscode);

        wrong.Take(4).ShouldAllBe(r => r.StatusCode == HttpStatusCode.BadRequest);
        (await PortalWorld.HtmlAsync(wrong[0])).ShouldContain("That passcode is not right");
        (await PortalWorld.HtmlAsync(wrong[0])).ShouldContain("4 tries left");
        wrong[4].StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await PortalWorld.HtmlAsync(wrong[4])).ShouldContain("locked after too many wrong passcodes. Try again after");
        rightWhileLocked.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await PortalWorld.HtmlAsync(rightWhileLocked)).ShouldNotContain("Ada finds mornings hard");
        wrong.Skip(5).Take(4).ShouldAllBe(r => r.StatusCode == HttpStatusCode.BadRequest);
        wrong[9].StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        rightWhileBlocked.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await PortalWorld.HtmlAsync(rightWhileBlocked)).ShouldContain("Ask the person who sent it for a new passcode");
        status.ShouldContain("Locked: issue a new passcode");
        reissue.StatusCode.ShouldBe(HttpStatusCode.OK);
        newPasscode.ShouldNotBeEmpty();
        newPasscode.ShouldNotBe(share.Passcode);
        oldPasscode.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        opened.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PortalWorld.HtmlAsync(opened)).ShouldContain("Ada finds mornings hard");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task ManyWrongPasscodesFromOneAddress_AcrossShares_RefuseThatAddressOnly(DatabaseProvider provider)
    {
        await using var world = await PortalWorld.CreateAsync(provider);
        var shares = new List<Core.Sharing.PublishedShare>();
        for (var i = 0; i < 6; i++)
        {
            shares.Add(await world.PublishAsync());
        }

        using var guesser = world.Recipient("198.51.100.20");
        using var colleague = world.Recipient("198.51.100.21");
        foreach (var share in shares.Take(5))
        {
            for (var i = 0; i < 4; i++)
            {
                (await PortalWorld.EnterPasscodeAsync(guesser, share, "CCCCC-CCCCC")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            }
        }

        var limited = await PortalWorld.EnterPasscodeAsync(guesser, shares[5], shares[5].Passcode);
        var otherAddress = await PortalWorld.EnterPasscodeAsync(colleague, shares[5], shares[5].Passcode);
        world.Clock.Now = world.Clock.Now.AddMinutes(16);
        var afterWindow = await PortalWorld.EnterPasscodeAsync(guesser, shares[5], shares[5].Passcode);

        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await PortalWorld.HtmlAsync(limited)).ShouldContain("too many attempts from your network");
        (await PortalWorld.HtmlAsync(limited)).ShouldNotContain("Ada finds mornings hard");
        otherAddress.StatusCode.ShouldBe(HttpStatusCode.OK);
        afterWindow.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Chs_RecipientMustAcceptTheTermsBeforeSeeingAnything_SuffolkDoesNotAsk(DatabaseProvider provider)
    {
        await using var chs = await PortalWorld.CreateAsync(provider, "chs");
        var share = await chs.PublishAsync();
        using var recipient = chs.Recipient();

        var form = await PortalWorld.HtmlAsync(await recipient.GetAsync(new Uri(share.LinkPath, UriKind.Relative)));
        var unticked = await PortalWorld.EnterPasscodeAsync(recipient, share, share.Passcode);
        var ticked = await PortalWorld.EnterPasscodeAsync(recipient, share, share.Passcode, acceptTerms: true);

        form.ShouldContain(Core.Portal.RecipientTerms.Text);
        form.ShouldContain("I accept these terms");
        unticked.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await PortalWorld.HtmlAsync(unticked)).ShouldContain("Confirm that you accept the terms");
        (await PortalWorld.HtmlAsync(unticked)).ShouldNotContain("Ada finds mornings hard");
        ticked.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PortalWorld.HtmlAsync(ticked)).ShouldContain("Ada finds mornings hard");

        await using var suffolk = await PortalWorld.CreateAsync(provider);
        var plain = await suffolk.PublishAsync();
        using var other = suffolk.Recipient();
        (await PortalWorld.HtmlAsync(await other.GetAsync(new Uri(plain.LinkPath, UriKind.Relative)))).ShouldNotContain("I accept these terms");
    }
}
