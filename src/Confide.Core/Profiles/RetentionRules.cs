namespace Confide.Core.Profiles;

/// <summary>How long records are kept before destruction or anonymisation.</summary>
/// <param name="FamilyFileYearsAfterSupportEnd">Years a family file is kept after support ends.</param>
/// <param name="ChildProtectionUntilYoungestAge">Child-protection records are kept until the family's youngest child reaches this age.</param>
/// <param name="VolunteerNotes">What happens to a volunteer's own notes on a family.</param>
/// <param name="PersonnelYears">Years a staff or volunteer personnel file is kept after they leave.</param>
public sealed record RetentionRules(
    int FamilyFileYearsAfterSupportEnd,
    int ChildProtectionUntilYoungestAge,
    VolunteerNotesRule VolunteerNotes,
    int PersonnelYears);
