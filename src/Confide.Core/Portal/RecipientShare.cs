using Confide.Core.Sharing;

namespace Confide.Core.Portal;

/// <summary>A share as its recipient sees it once the passcode is accepted: from whom, to whom, until when, and the items.</summary>
public sealed record RecipientShare(
    Guid ShareId,
    string OrganisationName,
    string RecipientName,
    DateTimeOffset SentAt,
    DateTimeOffset ExpiresAt,
    IReadOnlyList<SharedItemCopy> Items);
