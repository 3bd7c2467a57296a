using Confide.Core.Common;

namespace Confide.Core.Families;

/// <summary>
/// Special-category personal data (UK GDPR art. 9) that a scheme may need to support a family: held only
/// with the explicit consent the organisation's profile requires, encrypted, and masked from views that do
/// not need it.
/// </summary>
/// <param name="Health">Health conditions relevant to support.</param>
/// <param name="Ethnicity">Ethnic origin, for equal-opportunities monitoring.</param>
/// <param name="Religion">Religion or belief, where it affects how support is given.</param>
public sealed record SpecialCategoryData(string? Health, string? Ethnicity, string? Religion)
{
    /// <summary>Nothing recorded.</summary>
    public static SpecialCategoryData None { get; } = new(null, null, null);

    /// <summary>True when any special-category field holds a value.</summary>
    public bool Any => !string.IsNullOrWhiteSpace(Health) || !string.IsNullOrWhiteSpace(Ethnicity) || !string.IsNullOrWhiteSpace(Religion);

    internal IReadOnlyList<ValidationError> Validate() => new Validator()
        .Text(Health, "health", "health information", FieldLimits.SpecialCategoryText, required: false)
        .Text(Ethnicity, "ethnicity", "ethnicity", FieldLimits.Label, required: false)
        .Text(Religion, "religion", "religion or belief", FieldLimits.Label, required: false)
        .Errors;
}
