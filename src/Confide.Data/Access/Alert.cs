using Confide.Core.Staff;

namespace Confide.Data.Access;

/// <summary>Something one person must look at, e.g. kind <see cref="Alerts.BreakGlassKind"/> about a break-glass review.</summary>
public sealed record Alert(AlertId Id, UserId RecipientId, string Kind, string ResourceKind, Guid ResourceId, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    /// <summary>True until the recipient marks it read.</summary>
    public bool Unread => ReadAt is null;
}
