using Confide.Core.Staff;

namespace Confide.Core.Access.Rules;

/// <summary>An <see cref="ActionTable"/> for each basis a rule may rest on (every role, or none), built once.</summary>
internal sealed class TermsByBasis
{
    private readonly ActionTable[] _tables;

    public TermsByBasis(Func<Role?, ActionTable> build) =>
        _tables = new Role?[] { null }.Concat(Enum.GetValues<Role>().Cast<Role?>()).Select(build).ToArray();

    /// <summary>The terms when the rule rests on <paramref name="basis"/>.</summary>
    public ActionTable this[Role? basis] => _tables[basis is { } role ? (int)role + 1 : 0];
}
