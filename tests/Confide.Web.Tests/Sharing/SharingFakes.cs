using Confide.Core.Common;
using Confide.Core.Organisations;
using Confide.Core.Sharing;
using Confide.Core.Staff;

namespace Confide.Web.Tests.Sharing;

/// <summary>Consent coverage as a test sets it: by default no consent covers anything.</summary>
public sealed class FakeConsentCoverage : IConsentCoverageSource
{
    public CoverageAnswer Answer { get; set; } = new(null, "No consent is recorded for this family yet.");

    public List<CoverageQuestion> Asked { get; } = [];

    public Task<CoverageAnswer> AnswerAsync(OrganisationId organisation, CoverageQuestion question, CancellationToken ct = default)
    {
        lock (Asked)
        {
            Asked.Add(question);
        }

        return Task.FromResult(Answer);
    }
}

/// <summary>A secure share portal that keeps what it was handed, or refuses when told to.</summary>
public sealed class FakeShareChannel : ISecureShareChannel
{
    public bool Fail { get; set; }

    public List<ShareParcel> Published { get; } = [];

    public List<Guid> Revoked { get; } = [];

    public Task<Result<PublishedShare>> PublishAsync(ShareParcel parcel, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(parcel);
        if (Fail)
        {
            return Task.FromResult(Result<PublishedShare>.Fail("items", "portal.down", "The portal could not store the share; try again later."));
        }

        lock (Published)
        {
            Published.Add(parcel);
        }

        var id = Guid.NewGuid();
        return Task.FromResult(Result<PublishedShare>.Ok(new PublishedShare(id, $"/s/{id:N}", "TIGER-4821-PLUM", parcel.ExpiresAt)));
    }

    public Task<bool> RevokeAsync(OrganisationId organisation, Guid shareId, UserId revokedBy, CancellationToken ct = default)
    {
        Revoked.Add(shareId);
        return Task.FromResult(true);
    }
}
