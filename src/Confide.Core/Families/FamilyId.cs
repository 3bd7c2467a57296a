namespace Confide.Core.Families;

/// <summary>Identifies one family file within Confide.</summary>
public readonly record struct FamilyId(Guid Value)
{
    /// <summary>A new, random identifier.</summary>
    public static FamilyId New() => new(Guid.CreateVersion7());

    /// <inheritdoc />
    public override string ToString() => Value.ToString("D");
}
