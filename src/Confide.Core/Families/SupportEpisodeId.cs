namespace Confide.Core.Families;

/// <summary>Identifies one support episode within Confide.</summary>
public readonly record struct SupportEpisodeId(Guid Value)
{
    /// <summary>A new, random identifier.</summary>
    public static SupportEpisodeId New() => new(Guid.CreateVersion7());

    /// <inheritdoc />
    public override string ToString() => Value.ToString("D");
}
