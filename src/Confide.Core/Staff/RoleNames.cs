using System.Collections.Frozen;

namespace Confide.Core.Staff;

/// <summary>The spelling of roles in profiles, the CLI and the API (<c>scheme_manager</c>), and parsing of it.</summary>
public static class RoleNames
{
    private static readonly FrozenDictionary<Role, string> Names = new Dictionary<Role, string>
    {
        [Role.Coordinator] = "coordinator",
        [Role.Volunteer] = "volunteer",
        [Role.SchemeManager] = "scheme_manager",
        [Role.ChiefOfficer] = "chief_officer",
        [Role.OfficeManager] = "office_manager",
        [Role.SafeguardingLead] = "safeguarding_lead",
        [Role.Trustee] = "trustee",
        [Role.ExternalAuditor] = "external_auditor",
        [Role.Contractor] = "contractor",
        [Role.Administrator] = "administrator",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, Role> ByName =
        Names.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every role name, in declaration order.</summary>
    public static IReadOnlyList<string> All { get; } = Enum.GetValues<Role>().Select(r => Names[r]).ToArray();

    /// <summary>The name of a role, e.g. <c>safeguarding_lead</c>.</summary>
    public static string Name(this Role role) => Names[role];

    /// <summary>Parses a role name; false when it is not one of <see cref="All"/>.</summary>
    public static bool TryParse(string? name, out Role role) => ByName.TryGetValue(name?.Trim() ?? "", out role);

    /// <summary>True for roles held by paid staff (LEI asks a reason of everyone else).</summary>
    public static bool IsPaidStaff(this Role role) =>
        role is Role.Coordinator or Role.SchemeManager or Role.ChiefOfficer or Role.OfficeManager or Role.SafeguardingLead or Role.Administrator;
}
