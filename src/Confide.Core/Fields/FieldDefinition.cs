namespace Confide.Core.Fields;

/// <summary>One personal field Confide holds, why it is held, and how it is protected.</summary>
/// <param name="Name">Entity and field, e.g. <c>member.dateOfBirth</c>.</param>
/// <param name="Purpose">Why the field is held (data minimisation: no purpose, no field).</param>
/// <param name="Encrypted">Whether it is encrypted at rest under the family's key.</param>
/// <param name="SpecialCategory">Whether it is special-category data (art. 9): masked by default, recorded with explicit consent where the profile says so.</param>
/// <param name="InVolunteerView">Whether a matched volunteer sees it.</param>
public sealed record FieldDefinition(string Name, string Purpose, bool Encrypted, bool SpecialCategory, bool InVolunteerView);
