namespace Confide.Core.Access;

/// <summary>The reason a person gives before opening a file, written on the record of access.</summary>
/// <param name="Purpose">The purpose, from a fixed list.</param>
/// <param name="Detail">A few words more (no names: the record of access holds identifiers); required for break-glass and "other".</param>
public sealed record AccessReason(AccessPurpose Purpose, string? Detail)
{
    /// <summary>True when there is some detail text.</summary>
    public bool HasDetail => !string.IsNullOrWhiteSpace(Detail);
}
