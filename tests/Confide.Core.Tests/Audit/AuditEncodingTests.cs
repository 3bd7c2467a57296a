using Confide.Core.Audit;
using Confide.Core.Staff;

namespace Confide.Core.Tests.Audit;

public sealed class AuditEncodingTests
{
    [Fact]
    public void Decode_OfEncode_GivesBackTheSameEntry()
    {
        var e = AuditEvents.Full();

        var (sequence, back) = AuditEncoding.Decode(AuditEncoding.Encode(1234, e));

        sequence.ShouldBe(1234);
        back.ShouldBe(e);
    }

    [Fact]
    public void Decode_AllOptionalFieldsAbsent_RoundTrips()
    {
        var e = new AuditEvent(AuditEvents.Start, null, null, "sign-in", "account", null, null, null, null, AuditOutcome.Refused, null, null);

        AuditEncoding.Decode(AuditEncoding.Encode(1, e)).Event.ShouldBe(e);
    }

    [Fact]
    public void Encode_TimeIsKeptToTheMicrosecond()
    {
        var at = new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero).AddTicks(12_345_678);
        var e = AuditEvents.Full() with { At = at };

        var back = AuditEncoding.Decode(AuditEncoding.Encode(1, e)).Event.At;

        back.ShouldBe(at.AddTicks(-8));
        AuditEncoding.ToLogPrecision(at).ShouldBe(back);
    }

    [Fact]
    public void Encode_SameMomentInAnotherOffset_SameBytes()
    {
        var e = AuditEvents.Full();
        var local = e with { At = e.At.ToOffset(TimeSpan.FromHours(5.5)) };

        AuditEncoding.Encode(9, local).ShouldBe(AuditEncoding.Encode(9, e));
    }

    [Fact]
    public void Encode_StartsWithVersionAndBigEndianSequence()
    {
        var bytes = AuditEncoding.Encode(0x0102030405060708, AuditEvents.Full());

        bytes[..9].ShouldBe(new byte[] { 1, 1, 2, 3, 4, 5, 6, 7, 8 });
    }

    public static TheoryData<string, AuditEvent, AuditEvent> NearMisses()
    {
        var e = AuditEvents.Full();
        return new()
        {
            { "text moves from part to resource id", e with { ResourceId = "ab", Part = "c" }, e with { ResourceId = "a", Part = "bc" } },
            { "text moves from purpose to reason", e with { Purpose = "x", Reason = "y z" }, e with { Purpose = "x y", Reason = "z" } },
            { "absent versus empty reason", e with { Reason = null }, e with { Reason = "" } },
            { "absent versus empty rule", e with { Rule = null }, e with { Rule = "" } },
            { "value moves to the next field", e with { Part = null, Purpose = "notes" }, e with { Part = "notes", Purpose = null } },
            { "organisation and actor swapped", e with { ActorId = new UserId(e.OrganisationId!.Value.Value), OrganisationId = new(e.ActorId!.Value.Value) }, e },
            { "actor absent", e with { ActorId = null }, e },
            { "outcome", e with { Outcome = AuditOutcome.Refused }, e },
            { "one microsecond later", e with { At = e.At.AddTicks(10) }, e },
            { "action and kind run together", e with { Action = "readfamily", ResourceKind = "" }, e with { Action = "read", ResourceKind = "family" } },
        };
    }

    [Theory, MemberData(nameof(NearMisses))]
    public void Encode_DifferentEvents_DifferentBytesAndLeafHashes(string why, AuditEvent a, AuditEvent b)
    {
        AuditEncoding.Encode(7, a).ShouldNotBe(AuditEncoding.Encode(7, b), why);
        AuditHashing.LeafHash(7, a).ShouldNotBe(AuditHashing.LeafHash(7, b), why);
        AuditEncoding.Decode(AuditEncoding.Encode(7, a)).Event.ShouldBe(a with { At = AuditEncoding.ToLogPrecision(a.At) }, why);
    }

    [Fact]
    public void LeafHash_SameEventAtAnotherSequence_Differs() =>
        AuditHashing.LeafHash(7, AuditEvents.Full()).ShouldNotBe(AuditHashing.LeafHash(8, AuditEvents.Full()));

    [Fact]
    public void LeafHash_IsRfc6962LeafOfTheCanonicalBytes()
    {
        var bytes = AuditEncoding.Encode(3, AuditEvents.Full());

        AuditHashing.LeafHash(3, AuditEvents.Full()).ShouldBe(NaiveMerkle.Leaf(bytes));
    }

    [Fact]
    public void LeafHash_LongFields_SameAsShortPath()
    {
        var e = AuditEvents.Full() with { Reason = new string('r', 3000) };
        var expected = NaiveMerkle.Leaf(AuditEncoding.Encode(3, e));

        AuditHashing.LeafHash(3, e).ShouldBe(expected);
    }

    [Fact]
    public void Encode_LoneSurrogate_Refused() =>
        Should.Throw<ArgumentException>(() => AuditEncoding.Encode(1, AuditEvents.Full() with { Reason = "bad \ud800 text" }));

    [Fact]
    public void Decode_TruncatedTrailingOrWrongVersion_Refused()
    {
        var bytes = AuditEncoding.Encode(5, AuditEvents.Full());

        Should.Throw<FormatException>(() => AuditEncoding.Decode(bytes.AsSpan(0, bytes.Length - 1)));
        Should.Throw<FormatException>(() => AuditEncoding.Decode([.. bytes, 0]));
        Should.Throw<FormatException>(() => AuditEncoding.Decode([2, .. bytes[1..]]));
    }

    [Fact]
    public void Chain_StartsFromZerosAndLinksEachEntry()
    {
        var chain = new AuditChain();
        var first = chain.Append(AuditEvents.Read(1));
        var second = chain.Append(AuditEvents.Read(2));

        first.Sequence.ShouldBe(1);
        second.Sequence.ShouldBe(2);
        first.ChainHash.ShouldBe(System.Security.Cryptography.SHA256.HashData([.. new byte[32], .. first.LeafHash]));
        second.ChainHash.ShouldBe(System.Security.Cryptography.SHA256.HashData([.. first.ChainHash, .. second.LeafHash]));
        second.LeafHash.ShouldBe(AuditHashing.LeafHash(2, AuditEvents.Read(2)));
    }
}
