namespace Confide.Core.Families;

/// <summary>Identifies one family member within Confide.</summary>
public readonly record struct MemberId(Guid Value)
{
    /// <summary>A new, random identifier.</summary>
    public static MemberId New() => new(Guid.CreateVersion7());

    /// <inheritdoc />
    public override string ToString() => Value.ToString("D");
}
