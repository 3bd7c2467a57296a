namespace Confide.Core.Staff;

/// <summary>Identifies one user account (staff, volunteer, trustee or administrator) within Confide.</summary>
public readonly record struct UserId(Guid Value)
{
    /// <summary>A new, random identifier.</summary>
    public static UserId New() => new(Guid.CreateVersion7());

    /// <inheritdoc />
    public override string ToString() => Value.ToString("D");
}
