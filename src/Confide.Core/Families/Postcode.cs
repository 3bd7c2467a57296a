using System.Text.RegularExpressions;

namespace Confide.Core.Families;

/// <summary>UK postcodes: validation and the one spelling Confide stores and indexes (<c>IP33 1AB</c>).</summary>
public static partial class Postcode
{
    [GeneratedRegex("^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    /// <summary>Returns the normalised postcode, or null when the text is not a UK postcode.</summary>
    public static string? Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        var m = Shape().Match(compact);
        return m.Success ? $"{m.Groups[1].Value} {m.Groups[2].Value}" : null;
    }

    /// <summary>The outward code (<c>IP33</c>): coarse enough for anonymised statistics.</summary>
    public static string Outward(string normalised) => normalised.Split(' ')[0];
}
