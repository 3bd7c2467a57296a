namespace Confide.Core.Families;

/// <summary>How a family is supported during an episode.</summary>
public enum SupportType
{
    /// <summary>A volunteer visits the family at home.</summary>
    HomeVisiting,

    /// <summary>The family attends a group.</summary>
    Group,
}
