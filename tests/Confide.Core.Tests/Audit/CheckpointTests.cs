using System.Security.Cryptography;
using System.Text;
using Confide.Core.Audit;

namespace Confide.Core.Tests.Audit;

public sealed class CheckpointTests
{
    [Fact]
    public void SignedBytes_AreTheDocumentedText()
    {
        var root = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
        var head = Enumerable.Repeat((byte)0xff, 32).ToArray();

        var text = Encoding.UTF8.GetString(Checkpoint.SignedBytes(42, root, head, DateTimeOffset.UnixEpoch.AddTicks(15), "0123456789abcdef"));

        text.ShouldBe($"confide-audit-checkpoint/v1\n42\n{Convert.ToBase64String(root)}\n{Convert.ToBase64String(head)}\n1\n0123456789abcdef\n");
    }

    [Fact]
    public void Sign_VerifiesWithThePublicKeyOnlyWhileUnchanged()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var publicKey = AuditPublicKey.Of(key);
        var cp = Checkpoint.Sign(10, SHA256.HashData([1]), SHA256.HashData([2]), AuditEvents.Start, publicKey.KeyId, key);

        publicKey.IdMatchesKey.ShouldBeTrue();
        publicKey.Verifies(cp).ShouldBeTrue();
        publicKey.Verifies(cp with { TreeSize = 11 }).ShouldBeFalse();
        publicKey.Verifies(cp with { RootHash = SHA256.HashData([3]) }).ShouldBeFalse();
        publicKey.Verifies(cp with { ChainHead = SHA256.HashData([3]) }).ShouldBeFalse();
        publicKey.Verifies(cp with { SignedAt = cp.SignedAt.AddSeconds(1) }).ShouldBeFalse();
    }

    [Fact]
    public void Sign_TimeKeptToTheMicrosecond()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var cp = Checkpoint.Sign(1, SHA256.HashData([1]), SHA256.HashData([2]), AuditEvents.Start.AddTicks(7), AuditPublicKey.Of(key).KeyId, key);

        cp.SignedAt.ShouldBe(AuditEvents.Start);
    }
}
