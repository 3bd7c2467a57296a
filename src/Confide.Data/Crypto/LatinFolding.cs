using System.Collections.Frozen;

namespace Confide.Data.Crypto;

/// <summary>
/// Folds accented Latin letters to their base letter (é → e, ß → ss). A fixed table rather than Unicode
/// normalisation, so blind-index terms never change with the platform's ICU version (a changed term would
/// silently break search).
/// </summary>
internal static class LatinFolding
{
    private static readonly FrozenDictionary<char, string> Map = Build(
        ("a", "àáâãäåāăąǎ"), ("c", "çćĉċč"), ("d", "ďđð"), ("e", "èéêëēĕėęě"), ("g", "ĝğġģ"), ("h", "ĥħ"),
        ("i", "ìíîïĩīĭįı"), ("j", "ĵ"), ("k", "ķ"), ("l", "ĺļľŀł"), ("n", "ñńņňŉ"), ("o", "òóôõöøōŏőǒ"),
        ("r", "ŕŗř"), ("s", "śŝşš"), ("t", "ţťŧ"), ("u", "ùúûüũūŭůűųǔ"), ("w", "ŵẁẃẅ"), ("y", "ýÿŷỳ"),
        ("z", "źżž"), ("ae", "æ"), ("oe", "œ"), ("ss", "ß"), ("th", "þ"));

    /// <summary>The folded lower-case form of <paramref name="c"/>; the character itself (lower-cased) when not in the table.</summary>
    public static string Fold(char c)
    {
        var lower = char.ToLowerInvariant(c);
        return Map.TryGetValue(lower, out var folded) ? folded : lower.ToString();
    }

    private static FrozenDictionary<char, string> Build(params (string To, string From)[] pairs) =>
        pairs.SelectMany(p => p.From.Select(c => (c, p.To))).ToFrozenDictionary(x => x.c, x => x.To);
}
