namespace Confide.Core.Common;

/// <summary>The outcome of an operation that can fail for expected reasons: a value, or the errors.</summary>
public sealed class Result<T>
{
    private readonly T? _value;

    private Result(T? value, IReadOnlyList<ValidationError> errors)
    {
        _value = value;
        Errors = errors;
    }

    /// <summary>The problems found; empty when the operation succeeded.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    /// <summary>True when there are no errors.</summary>
    public bool Succeeded => Errors.Count == 0;

    /// <summary>The value; only valid when <see cref="Succeeded"/>.</summary>
    public T Value => Succeeded ? _value! : throw new InvalidOperationException("The operation failed: " + string.Join("; ", Errors.Select(e => e.Message)));

    /// <summary>A success.</summary>
    public static Result<T> Ok(T value) => new(value, []);

    /// <summary>A failure with one or more errors.</summary>
    public static Result<T> Fail(IReadOnlyList<ValidationError> errors) =>
        errors.Count == 0 ? throw new ArgumentException("A failure needs at least one error.", nameof(errors)) : new(default, errors);

    /// <summary>A failure with one error.</summary>
    public static Result<T> Fail(string field, string code, string message) => Fail([new ValidationError(field, code, message)]);

    /// <summary>Turns errors collected by a <see cref="Validator"/> into a result.</summary>
    public static Result<T> From(Validator validator, Func<T> create) =>
        validator.HasErrors ? Fail(validator.Errors) : Ok(create());
}
