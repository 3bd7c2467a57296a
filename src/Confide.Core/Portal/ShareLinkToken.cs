using System.Security.Cryptography;
using System.Text;

namespace Confide.Core.Portal;

/// <summary>
/// The secret in a share's link (<c>/share/{token}</c>): 256 random bits, URL-safe. Only its SHA-256 is stored; with
/// that much entropy a plain hash is enough (nobody can guess a token to test against the hash).
/// </summary>
public static class ShareLinkToken
{
    private const int Bytes = 32;

    /// <summary>A new token (43 URL-safe characters).</summary>
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(Bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The stored form of a token; null when the text cannot be a token (so nothing is looked up).</summary>
    public static byte[]? Hash(string? token)
    {
        if (token is null || token.Length != 43 || !token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return null;
        }

        return SHA256.HashData(Encoding.ASCII.GetBytes(token));
    }

    /// <summary>The path to send to the recipient (relative to the site).</summary>
    public static string PathFor(string token) => $"/share/{token}";
}
