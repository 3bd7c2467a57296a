namespace Confide.Core.Profiles;

/// <summary>The organisation's consent rules.</summary>
/// <param name="Whose">Whose consent the policy asks for.</param>
/// <param name="Form">The form consent must take.</param>
/// <param name="SpecialCategoryRequiresExplicitWritten">True when special-category data needs explicit written consent.</param>
/// <param name="ChildInvolvementAge">The age from which children take part in sharing decisions; null when not stated.</param>
/// <param name="Granularity">How finely consent is asked for.</param>
public sealed record ConsentRules(
    IReadOnlyList<ConsentGiver> Whose,
    ConsentForm Form,
    bool SpecialCategoryRequiresExplicitWritten,
    int? ChildInvolvementAge,
    ConsentGranularity Granularity);
