namespace Confide.Core.Consent;

/// <summary>Identifies one consent record (a decision by one person, never edited or deleted).</summary>
public readonly record struct ConsentId(Guid Value)
{
    /// <summary>A new, random identifier.</summary>
    public static ConsentId New() => new(Guid.CreateVersion7());

    /// <inheritdoc />
    public override string ToString() => Value.ToString("D");
}
