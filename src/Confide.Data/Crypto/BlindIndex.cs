using System.Security.Cryptography;
using System.Text;

namespace Confide.Data.Crypto;

/// <summary>
/// Keyed HMAC-SHA256 of normalised names and postcodes, so a coordinator can search by them without the
/// database ever holding them in clear. The key is the organisation's own, so equal names in two
/// organisations give unrelated terms.
/// </summary>
public sealed class BlindIndex
{
    /// <summary>Bytes kept of each HMAC: enough to make false matches negligible in one organisation.</summary>
    public const int TermSize = 16;

    private readonly byte[] _key;

    public BlindIndex(byte[] key) => _key = key?.ToArray() ?? throw new ArgumentNullException(nameof(key));

    /// <summary>The term for a value already normalised for its kind.</summary>
    public byte[] Term(string kind, string normalised)
    {
        var data = Encoding.UTF8.GetBytes(kind + "\u001f" + normalised);
        return HMACSHA256.HashData(_key, data)[..TermSize];
    }

    /// <summary>Name tokens: lower case, accents folded, apostrophes dropped, split at spaces, hyphens and other punctuation.</summary>
    public static IReadOnlyList<string> NameTokens(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\'' or '’')
            {
                continue;
            }

            folded.Append(char.IsLetterOrDigit(c) ? LatinFolding.Fold(c) : " ");
        }

        return folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().ToArray();
    }
}
