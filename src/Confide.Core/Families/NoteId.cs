namespace Confide.Core.Families;

/// <summary>Identifies one contact or visit note within Confide.</summary>
public readonly record struct NoteId(Guid Value)
{
    /// <summary>A new, random identifier.</summary>
    public static NoteId New() => new(Guid.CreateVersion7());

    /// <inheritdoc />
    public override string ToString() => Value.ToString("D");
}
