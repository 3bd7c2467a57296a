using Confide.Core.Profiles;

namespace Confide.Core.Access;

/// <summary>A question for the access policy: may this actor do this to this family file, now, for this reason?</summary>
public sealed record AccessRequest(Actor Actor, AccessAction Action, FileRelationships File, DateTimeOffset At)
{
    /// <summary>The organisation profile's access parameters (reason-required roles, auditor conditions, personnel roles).</summary>
    public AccessRules Rules { get; init; } = AccessDefaults.Rules;

    /// <summary>The reason given for this opening, if any.</summary>
    public AccessReason? Reason { get; init; }

    /// <summary>True when the actor is breaking the glass: emergency access outside their normal relationships.</summary>
    public bool BreakGlass { get; init; }
}
