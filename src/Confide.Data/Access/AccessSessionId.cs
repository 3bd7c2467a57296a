namespace Confide.Data.Access;

/// <summary>Identifies an access session (a reason given when opening a file).</summary>
public readonly record struct AccessSessionId(Guid Value)
{
    public override string ToString() => Value.ToString("D");
}
