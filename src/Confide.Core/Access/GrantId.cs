namespace Confide.Core.Access;

/// <summary>Identifies an access grant.</summary>
public readonly record struct GrantId(Guid Value)
{
    /// <summary>A new, time-ordered id.</summary>
    public static GrantId New() => new(Guid.CreateVersion7());

    /// <inheritdoc />
    public override string ToString() => Value.ToString("D");
}
