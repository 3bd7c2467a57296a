namespace Confide.Core.Staff;

/// <summary>
/// Who must use a second factor (SPEC §3 Auth): everyone holding a role that can open a family file, except in the
/// bannered demo organisation, whose accounts and families are fictional and whose password is published.
/// </summary>
public static class TwoFactorRule
{
    /// <summary>True for roles that can open a family file (all but contractors and administrators).</summary>
    public static bool CanOpenFamilyFiles(this Role role) => role is not (Role.Contractor or Role.Administrator);

    /// <summary>True when an account holding <paramref name="roles"/> must sign in with a second factor.</summary>
    public static bool IsRequired(IEnumerable<Role> roles, bool demoOrganisation)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return !demoOrganisation && roles.Any(CanOpenFamilyFiles);
    }
}
