using System.Security.Cryptography;

namespace Confide.Core.Portal;

/// <summary>
/// The passcode a recipient types to open a share, sent by a separate route from the link. Drawn from an
/// alphabet without look-alikes (no 0/O, 1/I/L), read aloud or typed easily, checked ignoring case, spaces and dashes.
/// </summary>
public static class Passcode
{
    /// <summary>31 characters with no look-alikes.</summary>
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /// <summary>Characters in a passcode: 10 from 31 is about 49 bits, against at most 10 guesses before the link locks.</summary>
    public const int Length = 10;

    /// <summary>A new random passcode, shown as two groups of five (<c>ABCDE-FGH23</c>).</summary>
    public static string New()
    {
        var chars = RandomNumberGenerator.GetItems<char>(Alphabet, Length);
        return $"{new string(chars, 0, 5)}-{new string(chars, 5, Length - 5)}";
    }

    /// <summary>What was typed, reduced to the passcode's characters (upper case, no spaces or dashes); null when it cannot be one.</summary>
    public static string? Normalise(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 64)
        {
            return null;
        }

        var kept = typed.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray();
        return kept.Length == Length && kept.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? new string(kept) : null;
    }
}
