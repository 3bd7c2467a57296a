using Confide.Core.Staff;

namespace Confide.Core.Access;

/// <summary>
/// Which roles may do which access-control task. One table, so pages and the API never check roles themselves.
/// None of these tasks shows family content: an administrator may declare exclusions and set line managers
/// but still reads no file.
/// </summary>
public static class StaffTasks
{
    private static readonly Dictionary<StaffTask, Role[]> Roles = new()
    {
        [StaffTask.ManageGrants] = [Role.SchemeManager, Role.ChiefOfficer],
        [StaffTask.AttestPresence] = [Role.Coordinator],
        [StaffTask.RecordUndertaking] = [Role.SchemeManager, Role.ChiefOfficer, Role.OfficeManager],
        [StaffTask.ManageExclusions] = [Role.Administrator, Role.ChiefOfficer],
        [StaffTask.ViewExceptionReport] = [Role.Trustee, Role.ChiefOfficer],
        [StaffTask.ReviewBreakGlass] = [Role.SafeguardingLead],
        [StaffTask.ExplainAccess] = [Role.SchemeManager, Role.ChiefOfficer, Role.SafeguardingLead],
        [StaffTask.SetLineManagers] = [Role.Administrator, Role.ChiefOfficer],
        [StaffTask.ManageAgencies] = [Role.SchemeManager, Role.ChiefOfficer],
    };

    /// <summary>True when <paramref name="actor"/> holds a role that may do <paramref name="task"/>.</summary>
    public static bool May(Actor actor, StaffTask task)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return Roles.TryGetValue(task, out var roles) && roles.Any(actor.Has);
    }

    /// <summary>The roles that may do <paramref name="task"/>, for messages and documentation.</summary>
    public static IReadOnlyList<Role> RolesFor(StaffTask task) => Roles.TryGetValue(task, out var roles) ? roles : [];
}
