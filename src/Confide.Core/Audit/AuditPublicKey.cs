using System.Security.Cryptography;

namespace Confide.Core.Audit;

/// <summary>
/// A checkpoint-signing public key: ECDSA P-256 as DER SubjectPublicKeyInfo. Its id is derived from the key
/// (the first 16 hex digits of SHA-256 of the DER), so a witness can check that an id names that key.
/// </summary>
public sealed record AuditPublicKey(string KeyId, byte[] SubjectPublicKeyInfo)
{
    /// <summary>The id of the key whose SubjectPublicKeyInfo is <paramref name="subjectPublicKeyInfo"/>.</summary>
    public static string KeyIdOf(ReadOnlySpan<byte> subjectPublicKeyInfo) =>
        Convert.ToHexStringLower(SHA256.HashData(subjectPublicKeyInfo))[..16];

    /// <summary>The public half of a signing key.</summary>
    public static AuditPublicKey Of(ECDsa key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var spki = key.ExportSubjectPublicKeyInfo();
        return new AuditPublicKey(KeyIdOf(spki), spki);
    }

    /// <summary>Whether the id is the one derived from the key.</summary>
    public bool IdMatchesKey => KeyId == KeyIdOf(SubjectPublicKeyInfo);

    /// <summary>Loads the key for verifying; the caller disposes it.</summary>
    public ECDsa Load()
    {
        var key = ECDsa.Create();
        key.ImportSubjectPublicKeyInfo(SubjectPublicKeyInfo, out _);
        return key;
    }

    /// <summary>Whether <paramref name="checkpoint"/> carries a valid signature by this key.</summary>
    public bool Verifies(Checkpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        using var key = Load();
        return Verifies(key, checkpoint);
    }

    internal static bool Verifies(ECDsa key, Checkpoint checkpoint) =>
        checkpoint.RootHash.Length == AuditHashing.HashSize && checkpoint.ChainHead.Length == AuditHashing.HashSize
        && IsValidKeyId(checkpoint.KeyId) && checkpoint.TreeSize >= 0
        && key.VerifyData(checkpoint.SignedBytes(), checkpoint.Signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

    internal static bool IsValidKeyId(string? keyId) =>
        keyId is { Length: > 0 and <= 64 } && keyId.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    internal static void CheckKeyId(string keyId)
    {
        if (!IsValidKeyId(keyId))
        {
            throw new ArgumentException("A key id is 1–64 characters of a–z, 0–9 and '-'.", nameof(keyId));
        }
    }
}
