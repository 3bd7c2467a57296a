namespace Confide.Core.Portal;

/// <summary>A letter to the referrer recorded as sent: which, how, when, by whom (its PDF is kept as sent).</summary>
public sealed record SentLetter(Guid Id, ReferrerLetterKind Kind, Guid EpisodeId, string Method, DateOnly SentOn, Guid RecordedBy, DateTimeOffset RecordedAt);
