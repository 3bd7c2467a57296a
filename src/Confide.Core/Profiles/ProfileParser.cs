using Confide.Core.Common;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Confide.Core.Profiles;

/// <summary>
/// Reads an organisation profile from YAML text. Pure: the caller reads the file and passes its text and a
/// name for messages. Unknown keys, missing keys and bad values are all errors, reported together, each
/// naming the key path and line (<c>suffolk.yaml line 14: unknown key 'sharing.lawfull_exceptions'</c>).
/// </summary>
public static class ProfileParser
{
    /// <summary>The top-level keys of a profile, in the order they are written.</summary>
    public static IReadOnlyList<string> TopLevelKeys { get; } =
    [
        "id", "name", "version", "source", "access", "consent", "sharing",
        "external_requests", "retention", "anonymisation", "review", "declarations",
    ];

    /// <summary>Parses and validates a profile.</summary>
    /// <param name="yaml">The profile's text.</param>
    /// <param name="sourceName">A name for the text used in messages, usually the file name.</param>
    /// <returns>The profile, or every error found (codes <c>profile.yaml_syntax</c>, <c>profile.empty</c>,
    /// <c>profile.missing_key</c>, <c>profile.unknown_key</c>, <c>profile.invalid_value</c>).</returns>
    public static Result<OrganisationProfile> Parse(string yaml, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(sourceName);

        var errors = new ProfileErrors(sourceName);
        var root = LoadRoot(yaml, errors);
        if (root is null)
        {
            return Result<OrganisationProfile>.Fail(errors.Sorted());
        }

        var profile = ProfileReader.Read(new YamlSection(root, "", errors));
        return errors.Any ? Result<OrganisationProfile>.Fail(errors.Sorted()) : Result<OrganisationProfile>.Ok(profile);
    }

    private static YamlMappingNode? LoadRoot(string yaml, ProfileErrors errors)
    {
        var stream = new YamlStream();
        using var reader = new StringReader(yaml);
        var parser = new Parser(reader);
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            var detail = (ex.InnerException as YamlException)?.Message ?? ex.Message;
            var cut = detail.IndexOf("): ", StringComparison.Ordinal);
            errors.Add("profile.yaml_syntax", "", ex.Start.Line,
                $"the YAML is not well formed: {(cut >= 0 ? detail[(cut + 3)..] : detail)}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some unclosed flow collections; the last good event is the nearest line.
            errors.Add("profile.yaml_syntax", "", parser.Current?.End.Line ?? 1,
                "the YAML is not well formed: a '[', '{' or quote here is not closed");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            errors.Add("profile.empty", "", 1, $"the profile is empty; expected the keys {string.Join(", ", TopLevelKeys)}");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            errors.Add("profile.yaml_syntax", "", stream.Documents[1].RootNode.Start.Line,
                "a profile holds one YAML document, but this text has more than one");
        }

        if (stream.Documents[0].RootNode is YamlMappingNode root)
        {
            return root;
        }

        errors.Add("profile.yaml_syntax", "", stream.Documents[0].RootNode.Start.Line,
            $"the profile must be a mapping of keys ({string.Join(", ", TopLevelKeys)})");
        return null;
    }
}
