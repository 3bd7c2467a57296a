namespace Confide.Core.Profiles;

/// <summary>A person whose consent a policy asks for.</summary>
public enum ConsentGiver
{
    /// <summary>The family as a whole.</summary>
    Family,

    /// <summary>The child's parents.</summary>
    Parents,

    /// <summary>Whoever provided the information (CFS 1.7).</summary>
    InformationProvider,

    /// <summary>The person or organisation the information is about.</summary>
    DataSubject,

    /// <summary>The child or young person themselves.</summary>
    Child,

    /// <summary>A person with parental responsibility for the child.</summary>
    ParentalResponsibilityHolder,
}
