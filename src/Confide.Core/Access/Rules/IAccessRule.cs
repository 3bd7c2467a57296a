namespace Confide.Core.Access.Rules;

/// <summary>One rule of the need-to-know engine: it answers one question about a request and always returns a verdict.</summary>
/// <typeparam name="TRequest"><see cref="AccessRequest"/> (family files) or <see cref="PersonnelAccessRequest"/>.</typeparam>
internal interface IAccessRule<in TRequest>
{
    /// <summary>Whether the rule applies to <paramref name="request"/>, and if so what it decides.</summary>
    RuleVerdict Evaluate(TRequest request);
}
