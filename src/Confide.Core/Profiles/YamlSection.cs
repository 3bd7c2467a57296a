using YamlDotNet.RepresentationModel;

namespace Confide.Core.Profiles;

/// <summary>
/// One mapping of a profile, read key by key. Every read names the full key path and line in its error;
/// a failed read returns a default and leaves the error behind, so one pass finds every problem.
/// <see cref="Close"/> reports the keys that nobody asked for.
/// </summary>
internal sealed partial class YamlSection(YamlMappingNode node, string path, ProfileErrors errors)
{
    private readonly List<string> _read = [];

    public ProfileErrors Errors => errors;

    public string PathOf(string key) => path.Length == 0 ? key : $"{path}.{key}";

    public YamlNode? Get(string key)
    {
        if (!_read.Contains(key))
        {
            _read.Add(key);
        }

        if (node.Children.TryGetValue(new YamlScalarNode(key), out var value))
        {
            return value;
        }

        errors.Missing(PathOf(key), node.Start.Line);
        return null;
    }

    public YamlSection? Section(string key)
    {
        var value = Get(key);
        if (value is YamlMappingNode map)
        {
            return new YamlSection(map, PathOf(key), errors);
        }

        NotA(key, value, "a mapping of keys");
        return null;
    }

    public IReadOnlyList<YamlScalarNode> Items(string key)
    {
        var value = Get(key);
        if (value is not YamlSequenceNode seq)
        {
            NotA(key, value, "a list (write [] for none)");
            return [];
        }

        var items = new List<YamlScalarNode>();
        foreach (var item in seq.Children)
        {
            if (item is YamlScalarNode { Value: not null } s && !IsNull(s))
            {
                items.Add(s);
            }
            else
            {
                errors.Invalid(PathOf(key), item.Start.Line, "a list of single values", Describe(item));
            }
        }

        return items;
    }

    public IReadOnlyList<YamlSection> Entries(string key, string expected)
    {
        var value = Get(key);
        if (value is not YamlSequenceNode seq)
        {
            NotA(key, value, $"a list of {expected} (write [] for none)");
            return [];
        }

        var entries = new List<YamlSection>();
        for (var i = 0; i < seq.Children.Count; i++)
        {
            var itemPath = $"{PathOf(key)}[{i}]";
            if (seq.Children[i] is YamlMappingNode map)
            {
                entries.Add(new YamlSection(map, itemPath, errors));
            }
            else
            {
                errors.Invalid(itemPath, seq.Children[i].Start.Line, expected, Describe(seq.Children[i]));
            }
        }

        return entries;
    }

    public void Close()
    {
        foreach (var key in node.Children.Keys)
        {
            var name = key is YamlScalarNode s ? s.Value ?? "" : key.ToString();
            if (!_read.Contains(name))
            {
                errors.Unknown(PathOf(name), key.Start.Line, _read);
            }
        }
    }

    private YamlScalarNode? Scalar(string key, string expected)
    {
        var value = Get(key);
        if (value is YamlScalarNode s)
        {
            return s;
        }

        NotA(key, value, expected);
        return null;
    }

    private void NotA(string key, YamlNode? value, string expected)
    {
        if (value is not null)
        {
            errors.Invalid(PathOf(key), value.Start.Line, expected, Describe(value));
        }
    }

    private static bool IsNull(YamlScalarNode s) =>
        s.Style == YamlDotNet.Core.ScalarStyle.Plain && s.Value is null or "" or "~" or "null" or "Null" or "NULL";

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode s when IsNull(s) => "nothing",
        YamlScalarNode s => $"'{s.Value}'",
        _ => "something else",
    };
}
