namespace Confide.Core.Sharing;

/// <summary>
/// The kinds of information a consent can cover and a share can contain. Every item picked for a share has one
/// kind; a consent covers a share only when it covers every kind in it.
/// </summary>
public enum InformationKind
{
    /// <summary>Names, address, telephone: who and where the family is.</summary>
    ContactDetails,

    /// <summary>That the family is supported, by what kind of support, since when (the "general" information of WIR-05).</summary>
    SupportGiven,

    /// <summary>Progress and changes in the support or the family's circumstances (LEI-07, LEI-25).</summary>
    ProgressAndCircumstances,

    /// <summary>Concerns about a child's or an adult's welfare (LEI-07).</summary>
    WelfareConcerns,

    /// <summary>What was said or done in sessions with a volunteer or worker (CHS-22).</summary>
    SessionNotes,

    /// <summary>Special-category data: health, ethnicity, religion, sexuality (CFS-14, CFS-21).</summary>
    SpecialCategory,
}
