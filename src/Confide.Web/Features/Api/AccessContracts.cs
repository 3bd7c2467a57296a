namespace Confide.Web.Features.Api;

/// <summary>Request and response bodies of the access API.</summary>
public static class AccessContracts
{
    public sealed record ReasonRequest(string? Purpose, string? Detail);

    public sealed record BreakGlassRequest(string? Detail);

    public sealed record AccessEntryResponse(long Sequence, DateTimeOffset At, Guid? ActorId, string? ActorName, string Action, string? Part,
        string? Purpose, string? Reason, string Outcome, string? Rule);

    public sealed record ExceptionResponse(long Sequence, DateTimeOffset At, Guid? ActorId, string Action, string ResourceKind, string? ResourceId,
        string? Rule, IReadOnlyList<string> Why);
}
