namespace Confide.Data.Records;

public sealed class StaffRoleRow
{
    public Guid UserId { get; set; }
    public string Role { get; set; } = "";
}
