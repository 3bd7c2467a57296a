namespace Confide.Core.Access.Rules;

/// <summary>
/// What one relationship lets a person do, decided once when the rule is built: the allowance for the actions it
/// covers and a refusal for the rest. Deciding is then an array lookup, with nothing allocated.
/// </summary>
internal sealed class ActionTable
{
    private readonly AccessDecision[] _byAction;
    private readonly AccessDecision _otherwise;

    public ActionTable(AccessDecision allowance, AccessDecision otherwise, params AccessAction[] allowed)
    {
        _otherwise = otherwise;
        _byAction = Enum.GetValues<AccessAction>().Select(a => allowed.Contains(a) ? allowance : otherwise).ToArray();
    }

    /// <summary>The decision for <paramref name="action"/>; an action the table does not know is refused.</summary>
    public AccessDecision For(AccessAction action) => (uint)action < (uint)_byAction.Length ? _byAction[(int)action] : _otherwise;
}
