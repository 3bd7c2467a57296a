using Confide.Core.Profiles;

namespace Confide.Core.Access;

/// <summary>A question for the access policy about a personnel file.</summary>
public sealed record PersonnelAccessRequest(Actor Actor, AccessAction Action, PersonnelFileFacts File, DateTimeOffset At)
{
    /// <summary>The organisation profile's access parameters.</summary>
    public AccessRules Rules { get; init; } = AccessDefaults.Rules;

    /// <summary>The reason given for this opening, if any.</summary>
    public AccessReason? Reason { get; init; }
}
