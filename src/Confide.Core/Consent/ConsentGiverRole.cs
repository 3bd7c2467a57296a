namespace Confide.Core.Consent;

/// <summary>In what capacity a family member gave or refused consent.</summary>
public enum ConsentGiverRole
{
    /// <summary>A parent in the household.</summary>
    Parent,

    /// <summary>Another adult with parental responsibility for the child.</summary>
    ParentalResponsibilityHolder,

    /// <summary>The child or young person themselves (LEI-12, CFS-21).</summary>
    Child,
}
