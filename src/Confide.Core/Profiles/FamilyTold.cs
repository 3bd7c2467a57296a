namespace Confide.Core.Profiles;

/// <summary>When a family is told that information about them is being shared.</summary>
public enum FamilyTold
{
    /// <summary>Always before sharing (consent is sought first).</summary>
    Before,

    /// <summary>Before sharing wherever possible, otherwise afterwards.</summary>
    BeforeWherePossible,

    /// <summary>The family is told, but the policy does not say when.</summary>
    TimingNotStated,

    /// <summary>The policy does not say whether the family is told.</summary>
    NotStated,
}
