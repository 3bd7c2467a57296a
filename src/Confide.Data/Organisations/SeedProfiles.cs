using System.Reflection;

namespace Confide.Data.Organisations;

/// <summary>
/// The five seed organisation profiles shipped in <c>profiles/</c>, embedded in this assembly so the web app and
/// the CLI find them whatever the working directory.
/// </summary>
public static class SeedProfiles
{
    private const string Prefix = "profiles.";
    private const string Suffix = ".yaml";
    private static readonly Assembly Assembly = typeof(SeedProfiles).Assembly;

    /// <summary>The ids of the shipped profiles (the file names without <c>.yaml</c>), sorted.</summary>
    public static IReadOnlyList<string> Ids { get; } = Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(Suffix, StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..^Suffix.Length])
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>The YAML text of a shipped profile, or null when there is no profile with that id.</summary>
    public static string? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        using var stream = Assembly.GetManifestResourceStream(Prefix + id.Trim().ToLowerInvariant() + Suffix);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
