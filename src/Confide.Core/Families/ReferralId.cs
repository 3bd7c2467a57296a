namespace Confide.Core.Families;

/// <summary>Identifies one referral within Confide.</summary>
public readonly record struct ReferralId(Guid Value)
{
    /// <summary>A new, random identifier.</summary>
    public static ReferralId New() => new(Guid.CreateVersion7());

    /// <inheritdoc />
    public override string ToString() => Value.ToString("D");
}
