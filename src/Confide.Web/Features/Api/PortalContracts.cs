namespace Confide.Web.Features.Api;

/// <summary>The JSON shapes of the secure share portal and referrer letters in <c>/api/v1</c>.</summary>
public static class PortalContracts
{
    /// <summary>A share sent from a family's file. <c>status</c>: open, locked, blocked, expired, revoked. <c>views</c>: every opening (UTC).</summary>
    public sealed record ShareResponse(
        Guid Id, Guid DecisionId, Guid AgencyId, string RecipientName, int ItemCount, DateTimeOffset SentAt, DateTimeOffset ExpiresAt,
        DateTimeOffset? RevokedAt, string Status, IReadOnlyList<DateTimeOffset> Views);

    /// <summary>A new passcode for a share, shown once: send it to the recipient apart from the link.</summary>
    public sealed record PasscodeResponse(Guid ShareId, string Passcode);

    /// <summary>Records a letter to the referrer as sent. <c>kind</c>: support-started or support-ended; <c>method</c>: post, by-hand or secure-email.</summary>
    public sealed record RecordLetterRequest(string? Kind, DateOnly? SentOn, string? Method);

    public sealed record SentLetterResponse(Guid Id, Guid FamilyId, string Kind, Guid EpisodeId, string Method, DateOnly SentOn, Guid RecordedBy, DateTimeOffset RecordedAt);
}
