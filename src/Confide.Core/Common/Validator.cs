namespace Confide.Core.Common;

/// <summary>Collects validation errors so that every problem is reported at once, not the first only.</summary>
public sealed class Validator
{
    private readonly List<ValidationError> _errors = [];

    /// <summary>The errors collected so far.</summary>
    public IReadOnlyList<ValidationError> Errors => _errors;

    /// <summary>True when at least one error was collected.</summary>
    public bool HasErrors => _errors.Count > 0;

    /// <summary>Adds an error.</summary>
    public Validator Add(string field, string code, string message)
    {
        _errors.Add(new ValidationError(field, code, message));
        return this;
    }

    /// <summary>Adds an error when <paramref name="failed"/> is true.</summary>
    public Validator When(bool failed, string field, string code, string message) => failed ? Add(field, code, message) : this;

    /// <summary>Requires text with at most <paramref name="maxLength"/> characters.</summary>
    public Validator Text(string? value, string field, string label, int maxLength, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return required ? Add(field, "required", $"Enter the {label}.") : this;
        }

        return When(value.Length > maxLength, field, "too_long",
            $"The {label} must be {maxLength:N0} characters or fewer (it has {value.Length:N0}).");
    }

    /// <summary>Adds the errors of a nested object, prefixing their field names.</summary>
    public Validator Merge(string prefix, IEnumerable<ValidationError> errors)
    {
        foreach (var e in errors)
        {
            _errors.Add(e with { Field = string.IsNullOrEmpty(prefix) ? e.Field : $"{prefix}.{e.Field}" });
        }

        return this;
    }
}
