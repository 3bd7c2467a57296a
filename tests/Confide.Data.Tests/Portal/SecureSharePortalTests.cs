using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Confide.Core.Audit;
using Confide.Core.Portal;
using Confide.Core.Sharing;
using Confide.Data.Audit;
using Confide.Data.Portal;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Confide.Data.Tests.Portal;

public sealed class SecureSharePortalTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Publish_ValidParcel_KeepsAnEncryptedCopy_LinkAndPasscodeOnlyAsHashes(DatabaseProvider provider)
    {
        await using var node = await PortalNode.StartAsync(provider);

        var published = await node.PublishAsync();

        var token = published.LinkPath["/share/".Length..];
        token.Length.ShouldBe(43, "256 random bits, URL-safe");
        published.LinkPath.ShouldNotContain(node.Family.Family.Id.ToString());
        published.LinkPath.ShouldNotContain(published.ShareId.ToString());
        Passcode.Normalise(published.Passcode).ShouldNotBeNull();
        var (share, state, items) = await node.WithAsync<Records.ConfideDbContext, (Records.PortalShareRow, Records.PortalShareStateRow, List<Records.PortalShareItemRow>)>(async db =>
            (await db.PortalShares.SingleAsync(), await db.PortalShareStates.SingleAsync(), await db.PortalShareItems.OrderBy(i => i.Position).ToListAsync()));
        share.TokenHash.ShouldBe(SHA256.HashData(Encoding.ASCII.GetBytes(token)));
        state.PasscodeHash.ShouldNotBe(SHA256.HashData(Encoding.ASCII.GetBytes(Passcode.Normalise(published.Passcode)!)), "an HMAC under the key store's key, not a bare hash");
        var stored = Encoding.UTF8.GetString([.. share.RecipientName, .. items.SelectMany(i => i.Label.Concat(i.Text)), .. state.PasscodeHash]);
        stored.ShouldNotContain("Imogen");
        stored.ShouldNotContain("Harriet finds mornings hard");
        stored.ShouldNotContain(Passcode.Normalise(published.Passcode)!);
        items.Count.ShouldBe(2);
        items[0].Ref.ShouldBe("member:rowan:date_of_birth");
        (await node.Audit.QueryAsync(new AuditQuery(node.Organisation.Id) { ResourceKind = "share", ResourceId = published.ShareId.ToString("D") }))
            .Single().Event.Action.ShouldBe("portal.publish");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Publish_InvalidParcel_RefusedFieldByField_AndNothingIsStored(DatabaseProvider provider)
    {
        await using var node = await PortalNode.StartAsync(provider);
        var now = node.Store.Clock.Now;
        var channel = (Func<ShareParcel, Task<Core.Common.Result<PublishedShare>>>)(p => node.WithAsync<ISecureShareChannel, Core.Common.Result<PublishedShare>>(c => c.PublishAsync(p)));

        var empty = await channel(node.Parcel() with { Items = [] });
        var past = await channel(node.Parcel() with { ExpiresAt = now.AddMinutes(-1) });
        var tooLong = await channel(node.Parcel() with { ExpiresAt = now.AddDays(30).AddMinutes(1) });
        var unnamed = await channel(node.Parcel(recipient: "  "));
        var blankItem = await channel(node.Parcel(items: new SharedItemCopy("note:1", InformationKind.SessionNotes, "Visit note", "")));
        var otherFamily = await channel(node.Parcel() with { FamilyId = Core.Families.FamilyId.New() });
        var strangerSends = await channel(node.Parcel() with { SentBy = Core.Staff.UserId.New() });
        var longest = await channel(node.Parcel() with { ExpiresAt = now.AddDays(30) });

        empty.Errors.Select(e => (e.Field, e.Code)).ShouldBe([("items", "required")]);
        past.Errors.Select(e => (e.Field, e.Code)).ShouldBe([("expiresAt", "in_past")]);
        tooLong.Errors.Select(e => (e.Field, e.Code)).ShouldBe([("expiresAt", "too_far_ahead")]);
        tooLong.Errors[0].Message.ShouldContain("30 days");
        unnamed.Errors.Select(e => e.Field).ShouldBe(["recipientName"]);
        blankItem.Errors.Select(e => e.Field).ShouldBe(["items[0].text"]);
        otherFamily.Errors.Select(e => (e.Field, e.Code)).ShouldBe([("familyId", "not_found")]);
        strangerSends.Errors.Select(e => (e.Field, e.Code)).ShouldBe([("sentBy", "not_found")]);
        longest.Succeeded.ShouldBeTrue("exactly 30 days ahead is allowed");
        (await node.CountAsync(db => db.PortalShares.CountAsync())).ShouldBe(1);
        (await node.CountAsync(db => db.PortalShareItems.CountAsync())).ShouldBe(2);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Database_RefusesUpdateAndDeleteOfWhatWasSent(DatabaseProvider provider)
    {
        await using var node = await PortalNode.StartAsync(provider);
        var published = await node.PublishAsync();
        (await node.UnlockAsync(published, published.Passcode)).Outcome.ShouldBe(UnlockOutcome.Opened);

        string[] statements =
        [
            "UPDATE portal_share_items SET ref = 'note:2'",
            "UPDATE portal_share_items SET text = label",
            "DELETE FROM portal_share_items",
            "UPDATE portal_shares SET expires_at = sent_at",
            "UPDATE portal_shares SET recipient_name = token_hash",
            "DELETE FROM portal_shares",
            "UPDATE portal_views SET viewed_at = viewed_at",
            "DELETE FROM portal_views",
            "DELETE FROM portal_share_states",
        ];
        foreach (var sql in statements)
        {
            var refused = await Should.ThrowAsync<DbException>(() => node.ExecuteAsync(sql), sql);
            refused.Message.ShouldContain("kept exactly as sent", Case.Insensitive, sql);
        }

        var again = await node.UnlockAsync(published, published.Passcode);
        again.Share!.Items.Select(i => i.Text).ShouldBe(["3 March 2022", "Harriet finds mornings hard; Rowan settled."]);
        again.Share.RecipientName.ShouldBe("Dr Imogen Vale");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Unlock_RightPasscode_ShowsTheItemsAsSent_RecordsTheView_AndTheSenderSeesIt(DatabaseProvider provider)
    {
        await using var node = await PortalNode.StartAsync(provider);
        var published = await node.PublishAsync();
        node.Store.Clock.Now = node.Store.Clock.Now.AddHours(2);

        var opened = await node.UnlockAsync(published, published.Passcode.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal));

        opened.Outcome.ShouldBe(UnlockOutcome.Opened);
        opened.Share!.Items.Select(i => (i.Label, i.Text, i.Kind)).ShouldBe([
            ("Date of birth of the youngest child", "3 March 2022", InformationKind.ContactDetails),
            ("Visit note, 12 November", "Harriet finds mornings hard; Rowan settled.", InformationKind.ProgressAndCircumstances)]);
        opened.Share.OrganisationName.ShouldBe(node.Organisation.Name);
        var list = await node.WithAsync<SecureSharePortal, IReadOnlyList<ShareSummary>>(p => p.ListAsync(node.Organisation.Id, node.Family.Family.Id));
        list.Single().Views.ShouldBe([node.Store.Clock.Now]);
        list.Single().Status.ShouldBe(ShareStatus.Open);
        list.Single().RecipientName.ShouldBe("Dr Imogen Vale");
        var audit = await node.Audit.QueryAsync(new AuditQuery(node.Organisation.Id) { ResourceKind = "share", ResourceId = published.ShareId.ToString("D") });
        audit.Select(e => e.Event.Action).ShouldContain("portal.view");
        audit.Single(e => e.Event.Action == "portal.view").Event.ActorId.ShouldBeNull("the recipient has no account");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Unlock_WrongPasscodes_LockForFifteenMinutes_ThenUntilANewPasscode(DatabaseProvider provider)
    {
        await using var node = await PortalNode.StartAsync(provider);
        var published = await node.PublishAsync();
        var clock = node.Store.Clock;

        var firstFour = new List<UnlockResult>();
        for (var i = 0; i < 4; i++)
        {
            firstFour.Add(await node.UnlockAsync(published, "AAAAA-AAAAA"));
        }

        var lockedAt = clock.Now;
        var fifth = await node.UnlockAsync(published, "not a passcode");
        var rightWhileLocked = await node.UnlockAsync(published, published.Passcode);
        clock.Now = clock.Now.AddMinutes(15).AddSeconds(1);
        for (var i = 0; i < 4; i++)
        {
            (await node.UnlockAsync(published, "AAAAA-AAAAA")).Outcome.ShouldBe(UnlockOutcome.WrongPasscode);
        }

        var tenth = await node.UnlockAsync(published, "AAAAA-AAAAA");
        clock.Now = clock.Now.AddHours(1);
        var rightWhileBlocked = await node.UnlockAsync(published, published.Passcode);
        var status = (await node.WithAsync<SecureSharePortal, IReadOnlyList<ShareSummary>>(p => p.ListAsync(node.Organisation.Id, node.Family.Family.Id))).Single().Status;
        var reissued = await node.WithAsync<SecureSharePortal, Core.Common.Result<string>>(p => p.ReissuePasscodeAsync(node.Organisation.Id, published.ShareId, node.Coordinator));
        var oldAfterReissue = await node.UnlockAsync(published, published.Passcode);
        var newAfterReissue = await node.UnlockAsync(published, reissued.Value);

        firstFour.Select(r => r.Outcome).ShouldAllBe(o => o == UnlockOutcome.WrongPasscode);
        firstFour.Select(r => r.AttemptsBeforeLock).ShouldBe([4, 3, 2, 1]);
        fifth.Outcome.ShouldBe(UnlockOutcome.Locked);
        fifth.LockedUntil.ShouldBe(lockedAt.AddMinutes(15));
        rightWhileLocked.Outcome.ShouldBe(UnlockOutcome.Locked, "even the right passcode waits out the lock");
        tenth.Outcome.ShouldBe(UnlockOutcome.Blocked);
        rightWhileBlocked.Outcome.ShouldBe(UnlockOutcome.Blocked, "a blocked share stays locked until the sender issues a new passcode");
        status.ShouldBe(ShareStatus.Blocked);
        oldAfterReissue.Outcome.ShouldBe(UnlockOutcome.WrongPasscode);
        newAfterReissue.Outcome.ShouldBe(UnlockOutcome.Opened);
        var refusals = (await node.Audit.QueryAsync(new AuditQuery(node.Organisation.Id) { ResourceKind = "share", ResourceId = published.ShareId.ToString("D") }))
            .Where(e => e.Event.Action == "portal.passcode-refused").ToList();
        refusals.Count.ShouldBe(13);
        refusals.ShouldAllBe(e => e.Event.Outcome == AuditOutcome.Refused);
        refusals.Select(e => e.Event.Rule).Distinct().Order().ShouldBe(["blocked", "locked", "wrong-passcode"]);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Unlock_ExpiredRevokedOrUnknownLink_AllAnswerGone(DatabaseProvider provider)
    {
        await using var node = await PortalNode.StartAsync(provider);
        var expiring = await node.PublishAsync(node.Parcel(expiresIn: TimeSpan.FromHours(1)));
        var revoked = await node.PublishAsync();
        var revokedOk = await node.WithAsync<ISecureShareChannel, bool>(c => c.RevokeAsync(node.Organisation.Id, revoked.ShareId, node.Coordinator));
        var otherOrganisation = await node.Store.CreateOrganisationAsync("Elsewhere");
        var revokeElsewhere = await node.WithAsync<ISecureShareChannel, bool>(c => c.RevokeAsync(otherOrganisation.Id, expiring.ShareId, node.Coordinator));
        var beforeExpiry = await node.UnlockAsync(expiring, expiring.Passcode);
        node.Store.Clock.Now = node.Store.Clock.Now.AddHours(1);

        var expired = await node.UnlockAsync(expiring, expiring.Passcode);
        var withdrawn = await node.UnlockAsync(revoked, revoked.Passcode);
        var unknown = await node.UnlockAsync(new PublishedShare(Guid.NewGuid(), "/share/" + ShareLinkToken.New(), "AAAAA-AAAAA", node.Store.Clock.Now), "AAAAA-AAAAA");
        var malformed = await node.WithAsync<PortalDesk, UnlockResult>(d => d.UnlockAsync("../../etc/passwd", "x", null));

        revokedOk.ShouldBeTrue();
        revokeElsewhere.ShouldBeFalse("another organisation cannot revoke, or learn of, this share");
        beforeExpiry.Outcome.ShouldBe(UnlockOutcome.Opened);
        new[] { expired, withdrawn, unknown, malformed }.ShouldAllBe(r => r.Outcome == UnlockOutcome.Gone && r.Share == null);
        var statuses = (await node.WithAsync<SecureSharePortal, IReadOnlyList<ShareSummary>>(p => p.ListAsync(node.Organisation.Id, node.Family.Family.Id)))
            .ToDictionary(s => s.Id, s => s.Status);
        statuses[expiring.ShareId].ShouldBe(ShareStatus.Expired);
        statuses[revoked.ShareId].ShouldBe(ShareStatus.Revoked);
        (await node.WithAsync<SecureSharePortal, Core.Common.Result<string>>(p => p.ReissuePasscodeAsync(node.Organisation.Id, revoked.ShareId, node.Coordinator)))
            .Errors.Single().Code.ShouldBe("closed");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task DestroyedFamilyKey_ShredsTheCopy_TheLinkAnswersGone(DatabaseProvider provider)
    {
        await using var node = await PortalNode.StartAsync(provider);
        var published = await node.PublishAsync();

        await node.WithAsync<Keys.FamilyKeyRing, bool>(k => k.DestroyFamilyKeyAsync(node.Family.Family.Id.Value));

        (await node.UnlockAsync(published, published.Passcode)).Outcome.ShouldBe(UnlockOutcome.Gone);
        (await node.WithAsync<SecureSharePortal, IReadOnlyList<ShareSummary>>(p => p.ListAsync(node.Organisation.Id, node.Family.Family.Id)))
            .Single().RecipientName.ShouldBe("(destroyed)");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Unlock_ChsBindsRecipientsToTerms_NothingShownUntilAccepted_AndTheAcceptanceIsAudited(DatabaseProvider provider)
    {
        await using var chs = await PortalNode.StartAsync(provider, "chs");
        var published = await chs.PublishAsync();

        var without = await chs.UnlockAsync(published, published.Passcode);
        var wrongWithTerms = await chs.UnlockAsync(published, "AAAAA-AAAAA", acceptedTerms: true);
        var accepted = await chs.UnlockAsync(published, published.Passcode, acceptedTerms: true);
        var termsRequired = await chs.WithAsync<PortalDesk, bool?>(d => d.TermsRequiredAsync(published.LinkPath["/share/".Length..]));

        without.Outcome.ShouldBe(UnlockOutcome.TermsNotAccepted);
        without.Share.ShouldBeNull();
        wrongWithTerms.AttemptsBeforeLock.ShouldBe(4, "an unticked box is not a wrong passcode, so it was not counted");
        accepted.Outcome.ShouldBe(UnlockOutcome.Opened);
        termsRequired.ShouldBe(true);
        (await chs.Audit.QueryAsync(new AuditQuery(chs.Organisation.Id) { ResourceKind = "share", ResourceId = published.ShareId.ToString("D") }))
            .Single(e => e.Event.Action == "portal.view").Event.Part.ShouldBe("terms-accepted");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Unlock_WrongGuessesAtOnce_AreAllCounted_AndTheShareEndsBlocked(DatabaseProvider provider)
    {
        await using var node = await PortalNode.StartAsync(provider);
        var published = await node.PublishAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => node.UnlockAsync(published, "DDDDD-DDDDD")));

        var state = await node.WithAsync<Records.ConfideDbContext, Records.PortalShareStateRow>(db => db.PortalShareStates.AsNoTracking().SingleAsync());
        state.FailedAttempts.ShouldBeGreaterThanOrEqualTo(PasscodeLockout.FirstLockAfter);
        results.ShouldContain(r => r.Outcome == UnlockOutcome.Locked || r.Outcome == UnlockOutcome.Blocked);
        results.ShouldNotContain(r => r.Outcome == UnlockOutcome.Opened);
        (await node.UnlockAsync(published, published.Passcode)).Outcome.ShouldBeOneOf(UnlockOutcome.Locked, UnlockOutcome.Blocked);
        var refusals = (await node.Audit.QueryAsync(new AuditQuery(node.Organisation.Id) { ResourceKind = "share", ResourceId = published.ShareId.ToString("D") }))
            .Where(e => e.Event.Action == "portal.passcode-refused").ToList();
        refusals.Count(e => e.Event.Rule == "wrong-passcode").ShouldBe(state.FailedAttempts, "every guess that was checked was counted");
        refusals.Count(e => e.Event.Rule != "wrong-passcode").ShouldBe(12 - state.FailedAttempts + 1, "the rest met the lock (and so did the right passcode after)");
    }

    [Fact]
    public async Task Sqlite_InsertOrReplaceOverAnItem_Refused()
    {
        await using var node = await PortalNode.StartAsync(DatabaseProvider.Sqlite);
        var published = await node.PublishAsync();

        var refused = await Should.ThrowAsync<DbException>(() => node.ExecuteAsync(
            "INSERT OR REPLACE INTO portal_share_items SELECT share_id, position, 'note:forged', kind, label, label FROM portal_share_items WHERE position = 1"));

        refused.Message.ShouldContain("kept exactly as sent");
        (await node.UnlockAsync(published, published.Passcode)).Share!.Items[1].Text.ShouldBe("Harriet finds mornings hard; Rowan settled.");
    }
}
