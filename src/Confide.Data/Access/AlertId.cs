namespace Confide.Data.Access;

/// <summary>Identifies an alert to one person.</summary>
public readonly record struct AlertId(Guid Value)
{
    public override string ToString() => Value.ToString("D");
}
