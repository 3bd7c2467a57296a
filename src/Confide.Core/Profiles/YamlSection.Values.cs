using System.Globalization;
using Confide.Core.Staff;

namespace Confide.Core.Profiles;

/// <summary>Reading single values and lists of values; each failed read leaves its error and returns a default.</summary>
internal sealed partial class YamlSection
{
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

    public IReadOnlyList<T> EnumList<T>(string key) where T : struct, Enum =>
        List(key, "value", string.Join(", ", SnakeCase.All<T>()), (string t, out T v) => SnakeCase.TryParse(t, out v));

    public IReadOnlyList<Role> Roles(string key) =>
        List(key, "role", "known roles: " + string.Join(", ", RoleNames.All), (string t, out Role r) => RoleNames.TryParse(t, out r));

    public IReadOnlyList<string> TextList(string key) =>
        List(key, "value", "", (string t, out string v) => (v = t).Length > 0);

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
}
