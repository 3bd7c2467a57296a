using System.Collections.Frozen;
using System.Text;

namespace Confide.Core.Profiles;

/// <summary>The snake_case spelling of enum values in profiles (<c>PolicePreventDetectCrime</c> is <c>police_prevent_detect_crime</c>).</summary>
public static class SnakeCase
{
    /// <summary>The profile spelling of an enum value.</summary>
    public static string Name<T>(T value) where T : struct, Enum => Cache<T>.Names[value];

    /// <summary>Every profile spelling of <typeparamref name="T"/>, in declaration order.</summary>
    public static IReadOnlyList<string> All<T>() where T : struct, Enum => Cache<T>.All;

    /// <summary>Parses a profile spelling (exact, lowercase); false when it is not one of <see cref="All{T}"/>.</summary>
    public static bool TryParse<T>(string text, out T value) where T : struct, Enum =>
        Cache<T>.ByName.TryGetValue(text, out value);

    internal static string Of(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(pascal[i]));
        }

        return sb.ToString();
    }

    private static class Cache<T> where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, string> Names =
            Enum.GetValues<T>().ToFrozenDictionary(v => v, v => Of(v.ToString()));

        public static readonly FrozenDictionary<string, T> ByName =
            Names.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);

        public static readonly IReadOnlyList<string> All = Enum.GetValues<T>().Select(v => Names[v]).ToArray();
    }
}
