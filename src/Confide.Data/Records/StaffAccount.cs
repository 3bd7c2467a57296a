using Microsoft.AspNetCore.Identity;

namespace Confide.Data.Records;

/// <summary>A person's account: staff, volunteer, trustee, auditor or administrator of one organisation.</summary>
public sealed class StaffAccount : IdentityUser<Guid>
{
    public Guid OrganisationId { get; set; }
    public string DisplayName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DisabledAt { get; set; }
    public Guid? LineManagerId { get; set; }
    public List<StaffRoleRow> Roles { get; set; } = [];
}
