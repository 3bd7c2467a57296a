namespace Confide.Data.Access;

/// <summary>Identifies a declared conflict-of-interest exclusion.</summary>
public readonly record struct ExclusionId(Guid Value)
{
    public override string ToString() => Value.ToString("D");
}
