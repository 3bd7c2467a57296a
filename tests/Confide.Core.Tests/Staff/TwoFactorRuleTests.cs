using Confide.Core.Staff;

namespace Confide.Core.Tests.Staff;

public sealed class TwoFactorRuleTests
{
    [Theory]
    [InlineData(Role.Coordinator)]
    [InlineData(Role.Volunteer)]
    [InlineData(Role.SchemeManager)]
    [InlineData(Role.ChiefOfficer)]
    [InlineData(Role.OfficeManager)]
    [InlineData(Role.SafeguardingLead)]
    [InlineData(Role.Trustee)]
    [InlineData(Role.ExternalAuditor)]
    public void IsRequired_RoleThatCanOpenFiles_RequiredOutsideTheDemoOnly(Role role)
    {
        TwoFactorRule.IsRequired([role], demoOrganisation: false).ShouldBeTrue();
        TwoFactorRule.IsRequired([role], demoOrganisation: true).ShouldBeFalse();
    }

    [Fact]
    public void IsRequired_AdministratorOrContractorOnly_NotRequired() =>
        TwoFactorRule.IsRequired([Role.Administrator, Role.Contractor], demoOrganisation: false).ShouldBeFalse();

    [Fact]
    public void IsRequired_AdministratorWhoIsAlsoATrustee_Required() =>
        TwoFactorRule.IsRequired([Role.Administrator, Role.Trustee], demoOrganisation: false).ShouldBeTrue();
}
