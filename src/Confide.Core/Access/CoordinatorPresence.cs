using Confide.Core.Staff;

namespace Confide.Core.Access;

/// <summary>A coordinator's attestation that they are present while an external auditor reads files (WIR-39).</summary>
/// <param name="CoordinatorId">The coordinator who attested.</param>
/// <param name="AttestedAt">When (UTC).</param>
/// <param name="Until">Until when the attestation holds (UTC, exclusive): the sitting.</param>
public sealed record CoordinatorPresence(UserId CoordinatorId, DateTimeOffset AttestedAt, DateTimeOffset Until)
{
    /// <summary>True when the coordinator is attested present at <paramref name="at"/>.</summary>
    public bool HoldsAt(DateTimeOffset at) => AttestedAt <= at && at < Until;
}
