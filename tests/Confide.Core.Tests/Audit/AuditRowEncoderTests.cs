using System.Text;
using Confide.Core.Audit;
using Confide.Core.Organisations;
using Confide.Core.Staff;

namespace Confide.Core.Tests.Audit;

/// <summary>The encoder a stored-log verifier uses must produce exactly <see cref="AuditEncoding"/>'s bytes.</summary>
public sealed class AuditRowEncoderTests
{
    private static readonly string[] Texts = ["", "read", "family", "casework", "child at risk — duty call", "Zoë’s ✓ 🙂", new string('x', 5_000), "0HN7Q3K2:00000001"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Encode_RandomEvents_SameBytesAsTheCanonicalEncoding(int seed)
    {
        var random = new Random(seed);
        var row = new AuditRowEncoder();
        for (var i = 0; i < 2_000; i++)
        {
            var e = RandomEvent(random);
            var sequence = random.NextInt64(1, long.MaxValue);

            Encode(row, sequence, e, idsAsText: random.Next(2) == 0);

            (row.Unreadable, row.Unhashable).ShouldBe((false, false));
            row.Canonical.ToArray().ShouldBe(AuditEncoding.Encode(sequence, e), $"seed {seed}, event {i}");
        }
    }

    [Fact]
    public void Encode_AbsentAndEmptyText_Differ()
    {
        var row = new AuditRowEncoder();
        Encode(row, 1, AuditEvents.Full() with { Part = null }, idsAsText: false);
        var absent = row.Canonical.ToArray();

        Encode(row, 1, AuditEvents.Full() with { Part = "" }, idsAsText: false);

        row.Canonical.ToArray().ShouldNotBe(absent);
        absent.ShouldBe(AuditEncoding.Encode(1, AuditEvents.Full() with { Part = null }));
    }

    [Theory]
    [InlineData("shrug")]
    [InlineData("")]
    [InlineData("Allowed")]
    public void Begin_UnknownOutcome_Unreadable(string outcome)
    {
        var row = new AuditRowEncoder();

        row.Begin(1, 0, Encoding.UTF8.GetBytes(outcome));

        row.Unreadable.ShouldBeTrue();
    }

    [Theory]
    [InlineData("not-an-id")]
    [InlineData("0190f5a0-2222-7000-8000-00000000000")]
    [InlineData("0190f5a0-2222-7000-8000-000000000002-0190f5a0-2222-7000-8000-000000000002-0190f5a0")]
    public void Id_TextThatIsNotAnIdentifier_Unreadable(string text)
    {
        var row = new AuditRowEncoder();
        row.Begin(1, 0, "allowed"u8);

        row.Id(Encoding.UTF8.GetBytes(text), isNull: false);

        row.Unreadable.ShouldBeTrue();
    }

    [Fact]
    public void Text_InvalidUtf8_UnhashableButReadable()
    {
        var row = new AuditRowEncoder();
        row.Begin(1, 0, "refused"u8);

        row.Text([0x66, 0xC3, 0x28], isNull: false);

        (row.Unreadable, row.Unhashable).ShouldBe((false, true));
        row.Begin(2, 0, "refused"u8);
        (row.Unreadable, row.Unhashable).ShouldBe((false, false), "a new row starts clean");
    }

    [Fact]
    public void StepRows_IntactLog_SameReportAsStepEntries()
    {
        using var log = TestLog.Create(50, 20, 50);

        var fromRows = VerifyAsRows(log);

        fromRows.ShouldBe(log.Verify());
        fromRows.Status.ShouldBe(VerificationStatus.Intact);
    }

    [Fact]
    public void StepRows_EntryChangedBehindTheLog_AlteredAtThatEntryAsStepEntries()
    {
        using var log = TestLog.Create(50, 20, 50);
        log.Entries[29] = log.Entries[29] with { Event = log.Entries[29].Event with { Reason = "changed" } };

        var fromRows = VerifyAsRows(log);

        fromRows.ShouldBe(log.Verify());
        (fromRows.Problem!.Kind, fromRows.Problem.Sequence).ShouldBe((AuditDamage.Altered, 30L));
    }

    [Fact]
    public void StepRows_UnreadableRowOrShortHash_MalformedAtThatEntry()
    {
        using var log = TestLog.Create(10, 10);
        var verifier = new AuditVerifier(log.Checkpoints, [log.PublicKey]);
        using var run = verifier.Begin();
        var row = new AuditRowEncoder();
        foreach (var entry in log.Entries.Take(3))
        {
            Encode(row, entry.Sequence, entry.Event, idsAsText: false);
            run.Step(entry.Sequence, row, entry.LeafHash, entry.ChainHash).ShouldBeTrue();
        }

        Encode(row, 4, log.Entries[3].Event, idsAsText: false);
        run.Step(4, row, log.Entries[3].LeafHash.AsSpan(0, 31), log.Entries[3].ChainHash).ShouldBeFalse();
        run.Step(5, row, log.Entries[4].LeafHash, log.Entries[4].ChainHash).ShouldBeFalse("after the first problem every step is refused");

        var report = run.Finish();
        (report.Status, report.Problem!.Kind, report.Problem.Sequence).ShouldBe((VerificationStatus.Damaged, AuditDamage.Altered, 4L));
        report.Problem.Detail.ShouldContain("malformed");
    }

    private static VerificationReport VerifyAsRows(TestLog log)
    {
        using var run = new AuditVerifier(log.Checkpoints, [log.PublicKey]).Begin();
        var row = new AuditRowEncoder();
        foreach (var entry in log.Entries)
        {
            Encode(row, entry.Sequence, entry.Event, idsAsText: true);
            if (!run.Step(entry.Sequence, row, entry.LeafHash, entry.ChainHash))
            {
                break;
            }
        }

        return run.Finish();
    }

    // As a database reader would: the time in microseconds, the outcome's stored text, text columns as UTF-8.
    private static void Encode(AuditRowEncoder row, long sequence, AuditEvent e, bool idsAsText)
    {
        row.Begin(sequence, AuditEncoding.ToUnixMicroseconds(e.At), e.Outcome == AuditOutcome.Refused ? "refused"u8 : "allowed"u8);
        foreach (var id in (Guid?[])[e.OrganisationId?.Value, e.ActorId?.Value])
        {
            if (idsAsText)
            {
                row.Id(id is { } value ? Encoding.UTF8.GetBytes(value.ToString("D").ToUpperInvariant()) : default, id is null);
            }
            else
            {
                row.Id(id);
            }
        }

        foreach (var text in (string?[])[e.Action, e.ResourceKind, e.ResourceId, e.Part, e.Purpose, e.Reason, e.Rule, e.RequestId])
        {
            row.Text(text is null ? default : Encoding.UTF8.GetBytes(text), text is null);
        }
    }

    private static AuditEvent RandomEvent(Random random)
    {
        string? Text(bool optional) => optional && random.Next(4) == 0 ? null : Texts[random.Next(Texts.Length)];
        Guid? Id() => random.Next(4) == 0 ? null : new Guid([.. Enumerable.Range(0, 16).Select(_ => (byte)random.Next(256))]);
        var at = DateTimeOffset.UnixEpoch.AddTicks(random.NextInt64(-10_000_000_000_000_000, 10_000_000_000_000_000));
        return new AuditEvent(at, Id() is { } o ? new OrganisationId(o) : null, Id() is { } a ? new UserId(a) : null,
            Text(false)!, Text(false)!, Text(true), Text(true), Text(true), Text(true),
            random.Next(2) == 0 ? AuditOutcome.Allowed : AuditOutcome.Refused, Text(true), Text(true));
    }
}
