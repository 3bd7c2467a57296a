using System.Collections.Frozen;
using Confide.Data.Storage;

namespace Confide.Data.Access;

/// <summary>
/// How the access tables spell enum values: kebab-case of the member name (<c>TrusteeSpotCheck</c> →
/// <c>trustee-spot-check</c>), the same spelling as the migration's CHECK constraints.
/// </summary>
internal static class StoredNames<TEnum> where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> Names =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => SnakeCase.Convert(v.ToString()).Replace('_', '-'));

    private static readonly FrozenDictionary<string, TEnum> Values =
        Names.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);

    public static string Name(TEnum value) => Names[value];

    /// <summary>The value stored as <paramref name="name"/>; the schema's CHECK constraints keep anything else out.</summary>
    public static TEnum Parse(string name) =>
        Values.TryGetValue(name, out var value) ? value : throw new InvalidOperationException($"'{name}' is not a stored {typeof(TEnum).Name}.");
}
