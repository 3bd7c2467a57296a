using Confide.Core.Staff;

namespace Confide.Core.Access.Rules;

/// <summary>Facts derived from a request that several rules share.</summary>
internal static class RequestFacts
{
    /// <summary>The UTC calendar day of the request: matches are kept in days, and a day is a UTC day.</summary>
    public static DateOnly UtcDay(this AccessRequest request) => DateOnly.FromDateTime(request.At.UtcDateTime);

    /// <summary>The first of <paramref name="preferred"/> the actor holds, or null when they hold none.</summary>
    public static Role? FirstHeld(this Actor actor, IReadOnlyList<Role> preferred)
    {
        foreach (var role in preferred)
        {
            if (actor.Has(role))
            {
                return role;
            }
        }

        return null;
    }
}
