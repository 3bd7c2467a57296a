using Confide.Core.Organisations;
using Confide.Core.Sharing;
using Confide.Core.Staff;
using Confide.Data.Sharing;

namespace Confide.Data.Demo;

/// <summary>Fictional agencies on the demo organisation's register: two checked, one still to be checked.</summary>
internal static class DemoAgencies
{
    public static async Task AddAsync(AgencyRegister register, OrganisationId org, UserId registrar, DateOnly today, CancellationToken ct)
    {
        var checkedOn = today.AddDays(-30);
        var entries = new (AgencyDetails Details, bool Checked)[]
        {
            (new("Northgate Health Visiting Team (fictional)", AgencyCategory.HealthVisitor,
                "Health visitors support every family with children under five in the scheme's area.", "ISA-DEMO-01", false), true),
            (new("Riverside Children's Social Care (fictional)", AgencyCategory.ChildrensSocialCare,
                "The local authority's children's services: safeguarding referrals and child-protection enquiries.", "ISA-DEMO-02", true), true),
            (new("Orchard Primary School (fictional)", AgencyCategory.School,
                "The school attended by several supported children; pastoral support.", null, false), false),
        };
        foreach (var (details, isChecked) in entries)
        {
            var added = await register.AddAsync(org, details, registrar, ct);
            if (isChecked && added.Succeeded)
            {
                await register.MarkCheckedAsync(org, added.Value.Id, checkedOn, ct);
            }
        }
    }
}
