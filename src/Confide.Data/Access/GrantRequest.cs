using Confide.Core.Access;
using Confide.Core.Families;
using Confide.Core.Staff;

namespace Confide.Data.Access;

/// <summary>What a person asks for when issuing a time-limited grant (see <see cref="AccessGrants.IssueAsync"/>).</summary>
public sealed record GrantRequest(GrantKind Kind, UserId GranteeId, IReadOnlyList<FamilyId> Files, DateTimeOffset ValidFrom, DateTimeOffset ValidUntil, string Purpose);
