using System.Globalization;
using Confide.Core.Staff;
using YamlDotNet.RepresentationModel;

namespace Confide.Core.Profiles;

/// <summary>
/// One mapping of a profile, read key by key. Every read names the full key path and line in its error;
/// a failed read returns a default and leaves the error behind, so one pass finds every problem.
/// <see cref="Close"/> reports the keys that nobody asked for.
/// </summary>
internal sealed class YamlSection(YamlMappingNode node, string path, ProfileErrors errors)
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

    public string Text(string key)
    {
        var s = Scalar(key, "text");
        if (s is not null && IsNull(s))
        {
            errors.Invalid(PathOf(key), s.Start.Line, "text", "nothing");
        }

        return s?.Value ?? "";
    }

    public bool Bool(string key)
    {
        var s = Scalar(key, "true or false");
        if (s is null)
        {
            return false;
        }

        if (bool.TryParse(s.Value, out var b))
        {
            return b;
        }

        errors.Invalid(PathOf(key), s.Start.Line, "true or false", Describe(s));
        return false;
    }

    public int Int(string key, int min, int max) => NullableInt(key, min, max, allowNull: false) ?? 0;

    public int? NullableInt(string key, int min, int max, bool allowNull = true)
    {
        var s = Scalar(key, "a whole number");
        if (s is null || (allowNull && IsNull(s)))
        {
            return null;
        }

        if (int.TryParse(s.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }

        var orNull = allowNull ? ", or null" : "";
        errors.Invalid(PathOf(key), s.Start.Line, $"a whole number between {min} and {max}{orNull}", Describe(s));
        return null;
    }

    public T Enum<T>(string key) where T : struct, Enum
    {
        var s = Scalar(key, "one of " + string.Join(", ", SnakeCase.All<T>()));
        if (s is null)
        {
            return default;
        }

        if (SnakeCase.TryParse<T>(s.Value ?? "", out var value))
        {
            return value;
        }

        errors.Add("profile.invalid_value", PathOf(key), s.Start.Line,
            $"unknown value '{s.Value}' for '{PathOf(key)}' (allowed: {string.Join(", ", SnakeCase.All<T>())})");
        return default;
    }

    public Role Role(string key)
    {
        var s = Scalar(key, "a role");
        if (s is null)
        {
            return default;
        }

        if (RoleNames.TryParse(s.Value, out var role))
        {
            return role;
        }

        errors.Add("profile.invalid_value", PathOf(key), s.Start.Line,
            $"unknown role '{s.Value}' in {PathOf(key)} (known roles: {string.Join(", ", RoleNames.All)})");
        return default;
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

    public IReadOnlyList<T> EnumList<T>(string key) where T : struct, Enum =>
        List(key, "value", string.Join(", ", SnakeCase.All<T>()), (string t, out T v) => SnakeCase.TryParse(t, out v));

    public IReadOnlyList<Role> Roles(string key) =>
        List(key, "role", "known roles: " + string.Join(", ", RoleNames.All), (string t, out Role r) => RoleNames.TryParse(t, out r));

    public IReadOnlyList<string> TextList(string key) =>
        List(key, "value", "", (string t, out string v) => (v = t).Length > 0);

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

    private delegate bool TryParseItem<T>(string text, out T value);

    private List<T> List<T>(string key, string noun, string allowed, TryParseItem<T> parse)
    {
        var result = new List<T>();
        foreach (var item in Items(key))
        {
            if (!parse(item.Value!, out var value))
            {
                var hint = noun == "role" ? allowed : "allowed: " + allowed;
                errors.Add("profile.invalid_value", PathOf(key), item.Start.Line,
                    $"unknown {noun} '{item.Value}' in {PathOf(key)} ({hint})");
            }
            else if (result.Contains(value))
            {
                errors.Invalid(PathOf(key), item.Start.Line, "a list without repeats", $"'{item.Value}' twice");
            }
            else
            {
                result.Add(value);
            }
        }

        return result;
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
