using Confide.Core.Staff;

namespace Confide.Core.Families;

/// <summary>A line in a caseload or search result.</summary>
public sealed record FamilySummary(FamilyId Id, string Reference, string DisplayName, string Postcode, UserId? AssignedCoordinatorId, DateTimeOffset OpenedAt);
