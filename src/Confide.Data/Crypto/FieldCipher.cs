using System.Security.Cryptography;
using System.Text;

namespace Confide.Data.Crypto;

/// <summary>
/// AES-256-GCM encryption of one field under a family's data key. The field's name and the family's id are
/// authenticated with it, so a ciphertext copied to another family or field does not decrypt.
/// Layout: version (1) | nonce (12) | tag (16) | ciphertext.
/// </summary>
public sealed class FieldCipher : IDisposable
{
    private const byte Version = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int Header = 1 + NonceSize + TagSize;
    private readonly AesGcm _aes;
    private readonly byte[] _scope;

    public FieldCipher(ReadOnlySpan<byte> dataKey, Guid familyId)
    {
        _aes = new AesGcm(dataKey, TagSize);
        _scope = familyId.ToByteArray();
    }

    public byte[] Encrypt(string field, string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[Header + plain.Length];
        output[0] = Version;
        var nonce = output.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        _aes.Encrypt(nonce, plain, output.AsSpan(Header), output.AsSpan(1 + NonceSize, TagSize), Aad(field));
        return output;
    }

    public byte[]? EncryptOptional(string field, string? plaintext) =>
        string.IsNullOrWhiteSpace(plaintext) ? null : Encrypt(field, plaintext);

    public string Decrypt(string field, byte[] ciphertext)
    {
        ArgumentNullException.ThrowIfNull(ciphertext);
        if (ciphertext.Length < Header || ciphertext[0] != Version)
        {
            throw new CryptographicException($"The stored value of {field} is not a Confide ciphertext.");
        }

        var plain = new byte[ciphertext.Length - Header];
        _aes.Decrypt(ciphertext.AsSpan(1, NonceSize), ciphertext.AsSpan(Header), ciphertext.AsSpan(1 + NonceSize, TagSize), plain, Aad(field));
        return Encoding.UTF8.GetString(plain);
    }

    public string? DecryptOptional(string field, byte[]? ciphertext) => ciphertext is null ? null : Decrypt(field, ciphertext);

    public void Dispose() => _aes.Dispose();

    private byte[] Aad(string field)
    {
        var name = Encoding.UTF8.GetBytes(field);
        var aad = new byte[_scope.Length + name.Length];
        _scope.CopyTo(aad, 0);
        name.CopyTo(aad, _scope.Length);
        return aad;
    }
}
