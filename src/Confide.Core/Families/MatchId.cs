namespace Confide.Core.Families;

/// <summary>Identifies one volunteer match within Confide.</summary>
public readonly record struct MatchId(Guid Value)
{
    /// <summary>A new, random identifier.</summary>
    public static MatchId New() => new(Guid.CreateVersion7());

    /// <inheritdoc />
    public override string ToString() => Value.ToString("D");
}
