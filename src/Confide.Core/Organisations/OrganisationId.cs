namespace Confide.Core.Organisations;

/// <summary>Identifies one organisation within Confide.</summary>
public readonly record struct OrganisationId(Guid Value)
{
    /// <summary>A new, random identifier.</summary>
    public static OrganisationId New() => new(Guid.CreateVersion7());

    /// <inheritdoc />
    public override string ToString() => Value.ToString("D");
}
