using System.Data.Common;
using System.Security.Cryptography;
using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Core.Portal;
using Confide.Data.Audit;
using Confide.Data.Families;
using Confide.Data.Letters;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using Confide.Data.Tests.Portal;
using Microsoft.EntityFrameworkCore;

namespace Confide.Data.Tests.Letters;

public sealed class ReferrerLettersTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task NoSupportYet_NoLetter_WithAClearMessage_AndNothingRecorded(DatabaseProvider provider)
    {
        await using var node = await PortalNode.StartAsync(provider);
        var file = await FileAsync(node);

        var started = await node.WithAsync<ReferrerLetters, Result<(ReferrerLetter, byte[])>>(l =>
            l.DraftAsync(node.Organisation.Id, file, ReferrerLetterKind.SupportStarted, node.Coordinator, null));
        var ended = await node.WithAsync<ReferrerLetters, Result<SentLetter>>(l =>
            l.RecordSentAsync(node.Organisation.Id, file, ReferrerLetterKind.SupportEnded, node.Store.Clock.Today, "post", node.Coordinator, null));

        started.Errors.Single().Code.ShouldBe("no_support_started");
        started.Errors.Single().Message.ShouldContain("Support has not started");
        ended.Errors.Single().Code.ShouldBe("no_support_ended");
        (await node.CountAsync(db => db.ReferrerLetters.CountAsync())).ShouldBe(0);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task RecordSent_KeepsThePdfAsSent_Encrypted_AuditedAndUnchangeable(DatabaseProvider provider)
    {
        await using var node = await PortalNode.StartAsync(provider);
        var today = node.Store.Clock.Today;
        (await node.WithAsync<SupportRecords, Result<SupportEpisode>>(s =>
            s.StartEpisodeAsync(node.Organisation.Id, node.Family.Family.Id, SupportType.Group, today.AddDays(-2)))).Succeeded.ShouldBeTrue();
        var file = await FileAsync(node);

        var invalid = await node.WithAsync<ReferrerLetters, Result<SentLetter>>(l =>
            l.RecordSentAsync(node.Organisation.Id, file, ReferrerLetterKind.SupportStarted, today.AddDays(1), "carrier pigeon", node.Coordinator, null));
        var sent = await node.WithAsync<ReferrerLetters, Result<SentLetter>>(l =>
            l.RecordSentAsync(node.Organisation.Id, file, ReferrerLetterKind.SupportStarted, today, "post", node.Coordinator, "req-1"));

        invalid.Errors.Select(e => e.Field).ShouldBe(["sentOn", "method"]);
        sent.Errors.ShouldBeEmpty();
        var pdf = (await node.WithAsync<ReferrerLetters, byte[]?>(l => l.SentPdfAsync(node.Organisation.Id, node.Family.Family.Id, sent.Value.Id)))!;
        var text = PdfText.Pages(pdf)[0];
        text.ShouldContain("CONFIDENTIAL");
        text.ShouldContain("Health visitor, Bury St Edmunds");
        text.ShouldContain("group support");
        var row = await node.WithAsync<Records.ConfideDbContext, Records.ReferrerLetterRow>(db => db.ReferrerLetters.SingleAsync());
        row.PdfSha256.ShouldBe(SHA256.HashData(pdf));
        row.Pdf.AsSpan().IndexOf("%PDF"u8).ShouldBe(-1, "the PDF is stored encrypted");
        var listed = await node.WithAsync<ReferrerLetters, IReadOnlyList<SentLetter>>(l => l.ListAsync(node.Organisation.Id, node.Family.Family.Id));
        listed.Single().Method.ShouldBe("post");
        (await node.Audit.QueryAsync(new AuditQuery(node.Organisation.Id) { ResourceKind = "family", ResourceId = node.Family.Family.Id.Value.ToString("D") }))
            .Select(e => (e.Event.Action, e.Event.Part)).ShouldContain(("letter.sent", "support-started"));
        foreach (var sql in new[] { "UPDATE referrer_letters SET method = 'by-hand'", "DELETE FROM referrer_letters" })
        {
            (await Should.ThrowAsync<DbException>(() => node.ExecuteAsync(sql), sql)).Message.ShouldContain("kept exactly as sent", Case.Insensitive);
        }
    }

    private static async Task<FamilyFile> FileAsync(PortalNode node) =>
        (await node.WithAsync<FamilyRecords, FamilyFile?>(f => f.GetAsync(node.Organisation.Id, node.Family.Family.Id)))!;
}
