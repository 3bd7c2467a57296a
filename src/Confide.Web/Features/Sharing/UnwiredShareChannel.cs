using Confide.Core.Common;
using Confide.Core.Organisations;
using Confide.Core.Sharing;
using Confide.Core.Staff;

namespace Confide.Web.Features.Sharing;

/// <summary>Stands in for the secure share portal until it is wired in: nothing can be published, and says so.</summary>
public sealed class UnwiredShareChannel : ISecureShareChannel
{
    public Task<Result<PublishedShare>> PublishAsync(ShareParcel parcel, CancellationToken ct = default) =>
        Task.FromResult(Result<PublishedShare>.Fail("channel", "portal.unavailable",
            "The secure share portal is not available on this installation, so nothing was sent. Choose another channel with a risk assessment, or ask your administrator."));

    public Task<bool> RevokeAsync(OrganisationId organisation, Guid shareId, UserId revokedBy, CancellationToken ct = default) => Task.FromResult(false);
}
