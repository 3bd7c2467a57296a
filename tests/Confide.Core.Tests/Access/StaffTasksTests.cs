using Confide.Core.Access;
using Confide.Core.Organisations;
using Confide.Core.Staff;
using Shouldly;
using Xunit;

namespace Confide.Core.Tests.Access;

public sealed class StaffTasksTests
{
    private static Actor With(params Role[] roles) => new(UserId.New(), new OrganisationId(Guid.NewGuid()), roles.ToHashSet());

    public static TheoryData<StaffTask, Role, bool> Table => new()
    {
        { StaffTask.ManageGrants, Role.SchemeManager, true },
        { StaffTask.ManageGrants, Role.ChiefOfficer, true },
        { StaffTask.ManageGrants, Role.Coordinator, false },
        { StaffTask.ManageGrants, Role.Trustee, false },
        { StaffTask.ManageGrants, Role.Administrator, false },
        { StaffTask.AttestPresence, Role.Coordinator, true },
        { StaffTask.AttestPresence, Role.ExternalAuditor, false },
        { StaffTask.RecordUndertaking, Role.OfficeManager, true },
        { StaffTask.RecordUndertaking, Role.Contractor, false },
        { StaffTask.ManageExclusions, Role.Administrator, true },
        { StaffTask.ManageExclusions, Role.ChiefOfficer, true },
        { StaffTask.ManageExclusions, Role.SafeguardingLead, false },
        { StaffTask.ViewExceptionReport, Role.Trustee, true },
        { StaffTask.ViewExceptionReport, Role.Administrator, false },
        { StaffTask.ViewExceptionReport, Role.Coordinator, false },
        { StaffTask.ReviewBreakGlass, Role.SafeguardingLead, true },
        { StaffTask.ReviewBreakGlass, Role.SchemeManager, false },
        { StaffTask.ExplainAccess, Role.SchemeManager, true },
        { StaffTask.ExplainAccess, Role.Volunteer, false },
        { StaffTask.SetLineManagers, Role.Administrator, true },
        { StaffTask.SetLineManagers, Role.Coordinator, false },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void May_FollowsTheTable(StaffTask task, Role role, bool expected) => StaffTasks.May(With(role), task).ShouldBe(expected);

    [Fact]
    public void May_NoRoles_MayDoNothing() =>
        Enum.GetValues<StaffTask>().ShouldAllBe(t => !StaffTasks.May(With(), t));

    [Fact]
    public void RolesFor_EveryTask_NamesAtLeastOneRole() =>
        Enum.GetValues<StaffTask>().ShouldAllBe(t => StaffTasks.RolesFor(t).Count > 0);
}
