using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Staff;

namespace Confide.Core.Sharing;

/// <summary>One item exactly as it was sent: the immutable copy kept on the file and shown to the recipient.</summary>
/// <param name="Ref">Where it came from in the file (for example <c>member:{id}:date_of_birth</c> or <c>note:{id}</c>).</param>
/// <param name="Kind">Its kind of information.</param>
/// <param name="Label">What it is, for the recipient ("Date of birth of the youngest child").</param>
/// <param name="Text">The value sent.</param>
public sealed record SharedItemCopy(string Ref, InformationKind Kind, string Label, string Text);

/// <summary>What a sharing decision hands to the secure share portal for delivery.</summary>
/// <param name="OrganisationId">The sending organisation.</param>
/// <param name="FamilyId">The family file the items come from.</param>
/// <param name="DecisionId">The sharing decision that allowed it.</param>
/// <param name="AgencyId">The registered recipient agency.</param>
/// <param name="RecipientName">The named person at the agency who may open it.</param>
/// <param name="Items">The items, one by one (never empty, never "the whole file").</param>
/// <param name="ExpiresAt">When the link stops working.</param>
/// <param name="SentBy">Who sends it.</param>
public sealed record ShareParcel(
    OrganisationId OrganisationId,
    FamilyId FamilyId,
    Guid DecisionId,
    Guid AgencyId,
    string RecipientName,
    IReadOnlyList<SharedItemCopy> Items,
    DateTimeOffset ExpiresAt,
    UserId SentBy);

/// <summary>A parcel placed on the portal: the link path to send to the recipient and the passcode to send by a separate route (shown once, never stored in clear).</summary>
public sealed record PublishedShare(Guid ShareId, string LinkPath, string Passcode, DateTimeOffset ExpiresAt);

/// <summary>The secure share portal, as a sharing decision sees it (implemented in Confide.Data / Confide.Web).</summary>
public interface ISecureShareChannel
{
    /// <summary>Places the parcel on the portal; fails with field errors (nothing stored) when it is not valid.</summary>
    Task<Result<PublishedShare>> PublishAsync(ShareParcel parcel, CancellationToken ct = default);

    /// <summary>Stops the link working from now; false when there is no such share in the organisation.</summary>
    Task<bool> RevokeAsync(OrganisationId organisation, Guid shareId, UserId revokedBy, CancellationToken ct = default);
}
