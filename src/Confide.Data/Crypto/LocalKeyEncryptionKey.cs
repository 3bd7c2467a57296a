using System.Security.Cryptography;
using System.Text;

namespace Confide.Data.Crypto;

/// <summary>A master key held locally (key file or environment): AES-256-GCM key wrapping.</summary>
public sealed class LocalKeyEncryptionKey : IKeyEncryptionKey
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _key;

    public LocalKeyEncryptionKey(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length != 32)
        {
            throw new CryptographicException($"A master key is 32 bytes (256 bits); this one is {key.Length} bytes.");
        }

        _key = key.ToArray();
        KeyId = Convert.ToHexStringLower(SHA256.HashData(_key))[..16];
    }

    public string KeyId { get; }

    /// <summary>A new random master key.</summary>
    public static LocalKeyEncryptionKey Generate() => new(RandomNumberGenerator.GetBytes(32));

    /// <summary>The key as base64, for writing to a key file or an environment variable.</summary>
    public string ToBase64() => Convert.ToBase64String(_key);

    public byte[] Wrap(ReadOnlySpan<byte> dataKey, string context)
    {
        var output = new byte[NonceSize + TagSize + dataKey.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, dataKey, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize), Aad(context));
        return output;
    }

    public byte[] Unwrap(ReadOnlySpan<byte> wrapped, string context)
    {
        if (wrapped.Length <= NonceSize + TagSize)
        {
            throw new CryptographicException("The wrapped key is truncated.");
        }

        var plain = new byte[wrapped.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_key, TagSize);
        aes.Decrypt(wrapped[..NonceSize], wrapped[(NonceSize + TagSize)..], wrapped.Slice(NonceSize, TagSize), plain, Aad(context));
        return plain;
    }

    private static byte[] Aad(string context) => Encoding.UTF8.GetBytes("confide-key-v1:" + context);
}
