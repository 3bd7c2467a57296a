using Confide.Core.Common;

namespace Confide.Core.Profiles;

/// <summary>Collects every problem in a profile, each naming the source, line and key path, sorted by line.</summary>
internal sealed class ProfileErrors(string source)
{
    private readonly List<(long Line, ValidationError Error)> _errors = [];

    public bool Any => _errors.Count > 0;

    public void Add(string code, string field, long line, string text) =>
        _errors.Add((line, new ValidationError(field, code, $"{source} line {line}: {text}")));

    public void Missing(string path, long line) =>
        Add("profile.missing_key", path, line, $"missing required key '{path}'");

    public void Unknown(string path, long line, IEnumerable<string> known) =>
        Add("profile.unknown_key", path, line, $"unknown key '{path}' (known keys here: {string.Join(", ", known)})");

    public void Invalid(string path, long line, string mustBe, string got) =>
        Add("profile.invalid_value", path, line, $"'{path}' must be {mustBe} (got {got})");

    public IReadOnlyList<ValidationError> Sorted() => _errors.OrderBy(e => e.Line).Select(e => e.Error).ToArray();
}
