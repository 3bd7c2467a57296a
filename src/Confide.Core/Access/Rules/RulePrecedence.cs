using System.Diagnostics;

namespace Confide.Core.Access.Rules;

/// <summary>
/// Combines rules in a fixed precedence: <paramref name="gates"/> (a refusal here is final and hides the file), then
/// <paramref name="relationships"/> (the first allowance wins, subject to the reason requirement), then
/// <paramref name="emergency"/> (asked only when no relationship allows), then the first refusal a relationship gave,
/// then <paramref name="fallbacks"/>, the last of which always decides.
/// </summary>
internal sealed class RulePrecedence<TRequest>(
    IAccessRule<TRequest>[] gates,
    IAccessRule<TRequest>[] relationships,
    IAccessRule<TRequest>[] emergency,
    IAccessRule<TRequest>[] fallbacks)
{
    public AccessDecision Decide(TRequest request, in ReasonQuestion question)
    {
        foreach (var gate in gates)
        {
            if (gate.Evaluate(request).Decision is { } hidden)
            {
                return hidden;
            }
        }

        AccessDecision? firstRefusal = null;
        foreach (var rule in relationships)
        {
            var verdict = rule.Evaluate(request);
            if (verdict.Decision is not { } decision)
            {
                continue;
            }

            if (decision.Allowed)
            {
                return ReasonRequirement.Apply(verdict, question);
            }

            firstRefusal ??= decision;
        }

        foreach (var rule in emergency)
        {
            if (rule.Evaluate(request).Decision is { } decision)
            {
                return decision;
            }
        }

        if (firstRefusal is not null)
        {
            return firstRefusal;
        }

        foreach (var rule in fallbacks)
        {
            if (rule.Evaluate(request).Decision is { } decision)
            {
                return decision;
            }
        }

        throw new UnreachableException("The last fallback rule always decides.");
    }
}
