namespace Confide.Core.Families;

/// <summary>Whether a family member is an adult or a child (a child always has a date of birth).</summary>
public enum MemberKind
{
    /// <summary>A parent, carer or other adult in the household.</summary>
    Adult,

    /// <summary>A child of the family.</summary>
    Child,
}
