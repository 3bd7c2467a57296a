namespace Confide.Core.Families;

/// <summary>What a coordinator enters about a family member; validated by <see cref="FamilyMember.Create"/>.</summary>
public sealed record MemberDetails(MemberKind Kind, string GivenName, string FamilyName, DateOnly? DateOfBirth)
{
    /// <summary>Special-category data about this member; empty unless recorded with consent.</summary>
    public SpecialCategoryData Special { get; init; } = SpecialCategoryData.None;
}
