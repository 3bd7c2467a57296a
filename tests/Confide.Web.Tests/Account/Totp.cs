using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace Confide.Web.Tests.Account;

/// <summary>What an authenticator app does (RFC 6238, SHA-1, 30 s, 6 digits), written independently of the app's code.</summary>
public static class Totp
{
    public static long StepNow() => DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;

    public static string Code(string base32Key, long step)
    {
        var key = FromBase32(base32Key);
        var counter = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238 is HMAC-SHA1.
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0xf;
        var value = BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7fffffff;
        return (value % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    private static byte[] FromBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = string.Concat(text.ToUpperInvariant().Where(c => c != ' ').Select(c => Convert.ToString(alphabet.IndexOf(c, StringComparison.Ordinal), 2).PadLeft(5, '0')));
        return Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2)).ToArray();
    }
}
