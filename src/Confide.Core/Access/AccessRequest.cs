namespace Confide.Core.Access;

/// <summary>A question for the access policy: may this actor do this to this file, on this day?</summary>
public sealed record AccessRequest(Actor Actor, AccessAction Action, FileRelationships File, DateTimeOffset At);
