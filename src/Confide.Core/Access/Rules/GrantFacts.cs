using Confide.Core.Staff;

namespace Confide.Core.Access.Rules;

/// <summary>Facts about the time-limited grants a file carries.</summary>
internal static class GrantFacts
{
    /// <summary>The role a grant of <paramref name="kind"/> is for: a grant held without it does nothing.</summary>
    public static Role RoleFor(GrantKind kind) => kind switch
    {
        GrantKind.TrusteeSpotCheck => Role.Trustee,
        GrantKind.AuditorSample => Role.ExternalAuditor,
        GrantKind.ContractorIncidental => Role.Contractor,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of grant."),
    };

    /// <summary>How a grant is named in explanations.</summary>
    public static string Describe(GrantKind kind) => kind switch
    {
        GrantKind.TrusteeSpotCheck => "spot-check grant",
        GrantKind.AuditorSample => "audit sample grant",
        GrantKind.ContractorIncidental => "contractor's access grant",
        _ => "grant",
    };

    /// <summary>True when <paramref name="grant"/> is of <paramref name="kind"/>, names the actor, and is in force.</summary>
    public static bool IsActiveFor(this AccessGrant grant, GrantKind kind, Actor actor, DateTimeOffset at) =>
        grant.Kind == kind && grant.GranteeId == actor.UserId && grant.IsActiveAt(at);

    /// <summary>True when the file carries an active grant of <paramref name="kind"/> for the actor and the actor holds its role.</summary>
    public static bool HoldsActive(AccessRequest request, GrantKind kind)
    {
        if (!request.Actor.Has(RoleFor(kind)))
        {
            return false;
        }

        foreach (var grant in request.File.Grants)
        {
            if (grant.IsActiveFor(kind, request.Actor, request.At))
            {
                return true;
            }
        }

        return false;
    }
}
