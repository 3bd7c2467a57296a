using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Confide.Core.Audit;

/// <summary>
/// A signed tree head: the first <paramref name="TreeSize"/> entries of the log have Merkle root
/// <paramref name="RootHash"/> and chain hash <paramref name="ChainHead"/>, as signed at <paramref name="SignedAt"/>
/// by key <paramref name="KeyId"/> (ECDSA P-256 with SHA-256, DER signature over <see cref="SignedBytes()"/>).
/// </summary>
public sealed record Checkpoint(long TreeSize, byte[] RootHash, byte[] ChainHead, DateTimeOffset SignedAt, string KeyId, byte[] Signature)
{
    /// <summary>The first line of the signed text, naming its format.</summary>
    public const string Format = "confide-audit-checkpoint/v1";

    /// <summary>The exact bytes this checkpoint's signature covers.</summary>
    public byte[] SignedBytes() => SignedBytes(TreeSize, RootHash, ChainHead, SignedAt, KeyId);

    /// <summary>
    /// The signed text, UTF-8, each line ending in a line feed: the format name, the tree size (decimal), the
    /// root and the chain head (base64), the signing time (microseconds since 1970-01-01 UTC, decimal) and the key id.
    /// </summary>
    public static byte[] SignedBytes(long treeSize, ReadOnlySpan<byte> rootHash, ReadOnlySpan<byte> chainHead, DateTimeOffset signedAt, string keyId)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(treeSize);
        AuditPublicKey.CheckKeyId(keyId);
        if (rootHash.Length != AuditHashing.HashSize || chainHead.Length != AuditHashing.HashSize)
        {
            throw new ArgumentException("The root and the chain head are 32-byte hashes.");
        }

        var text = string.Create(CultureInfo.InvariantCulture,
            $"{Format}\n{treeSize}\n{Convert.ToBase64String(rootHash)}\n{Convert.ToBase64String(chainHead)}\n{AuditEncoding.ToUnixMicroseconds(signedAt)}\n{keyId}\n");
        return Encoding.UTF8.GetBytes(text);
    }

    /// <summary>Signs a tree head with <paramref name="key"/> (ECDSA P-256); the time is kept to whole microseconds.</summary>
    public static Checkpoint Sign(long treeSize, byte[] rootHash, byte[] chainHead, DateTimeOffset signedAt, string keyId, ECDsa key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var at = AuditEncoding.ToLogPrecision(signedAt);
        var signature = key.SignData(SignedBytes(treeSize, rootHash, chainHead, at, keyId), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        return new Checkpoint(treeSize, rootHash, chainHead, at, keyId, signature);
    }

    /// <summary>Whether this and <paramref name="other"/> sign the same tree head with the same signature.</summary>
    public bool SameAs(Checkpoint other) =>
        other is not null && TreeSize == other.TreeSize && RootHash.AsSpan().SequenceEqual(other.RootHash)
        && ChainHead.AsSpan().SequenceEqual(other.ChainHead) && KeyId == other.KeyId
        && AuditEncoding.ToUnixMicroseconds(SignedAt) == AuditEncoding.ToUnixMicroseconds(other.SignedAt)
        && Signature.AsSpan().SequenceEqual(other.Signature);
}
