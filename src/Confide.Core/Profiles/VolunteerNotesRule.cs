namespace Confide.Core.Profiles;

/// <summary>What happens to a volunteer's own notes about a family.</summary>
public enum VolunteerNotesRule
{
    /// <summary>Destroyed as soon as support ends (SUF-13).</summary>
    DestroyAtSupportEnd,

    /// <summary>Kept and destroyed with the family file.</summary>
    WithFamilyFile,
}
