namespace Confide.Core.Profiles;

/// <summary>The kinds of file a record of access can be kept on.</summary>
public enum FileKind
{
    /// <summary>A family's file.</summary>
    Family,

    /// <summary>A volunteer's file.</summary>
    Volunteer,

    /// <summary>A paid staff member's personnel file.</summary>
    Staff,

    /// <summary>A trustee's file.</summary>
    Trustee,
}
