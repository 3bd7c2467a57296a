using Confide.Core.Audit;
using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Portal;
using Confide.Core.Sharing;
using Confide.Core.Staff;
using Confide.Data.Audit;
using Confide.Data.Crypto;
using Confide.Data.Keys;
using Confide.Data.Records;
using Microsoft.EntityFrameworkCore;

namespace Confide.Data.Portal;

/// <summary>
/// The sender's side of the secure share portal: places a parcel on the portal (kept exactly as sent, encrypted
/// under the family's key), lists a family's shares, revokes a share and issues a new passcode. Access decisions
/// are the caller's; every change here is audited. It saves through the request's scoped <see cref="ConfideDbContext"/>:
/// a caller's pending changes in the same scope (a sharing decision, say) are saved in the same SaveChanges as the share.
/// </summary>
public sealed class SecureSharePortal(ConfideDbContext db, FamilyKeyRing keys, PortalSecrets secrets, AuditLog audit, TimeProvider time) : ISecureShareChannel
{
    public async Task<Result<PublishedShare>> PublishAsync(ShareParcel parcel, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(parcel);
        var now = time.GetUtcNow();
        var errors = ShareRules.Check(parcel, now);
        if (errors.Count > 0)
        {
            return Result<PublishedShare>.Fail(errors);
        }

        var org = parcel.OrganisationId.Value;
        if (!await db.Families.AnyAsync(f => f.Id == parcel.FamilyId.Value && f.OrganisationId == org, ct))
        {
            return Result<PublishedShare>.Fail("familyId", "not_found", "There is no such family file in this organisation.");
        }

        if (!await db.Users.AnyAsync(u => u.Id == parcel.SentBy.Value && u.OrganisationId == org, ct))
        {
            return Result<PublishedShare>.Fail("sentBy", "not_found", "The sender must be an account of this organisation.");
        }

        if (await keys.FindFamilyKeyAsync(parcel.FamilyId.Value, ct) is not { } key)
        {
            return Result<PublishedShare>.Fail("familyId", "destroyed", "This family's file has been destroyed; nothing from it can be shared.");
        }

        var id = Guid.CreateVersion7();
        var token = ShareLinkToken.New();
        var passcode = Passcode.New();
        using (var cipher = new FieldCipher(key, parcel.FamilyId.Value))
        {
            db.PortalShares.Add(new PortalShareRow
            {
                Id = id,
                OrganisationId = org,
                FamilyId = parcel.FamilyId.Value,
                DecisionId = parcel.DecisionId,
                AgencyId = parcel.AgencyId,
                RecipientName = cipher.Encrypt(Field(id, "recipient"), parcel.RecipientName.Trim()),
                TokenHash = ShareLinkToken.Hash(token)!,
                SentBy = parcel.SentBy.Value,
                SentAt = now,
                ExpiresAt = parcel.ExpiresAt.ToUniversalTime(),
                ItemCount = parcel.Items.Count,
            });
            for (var i = 0; i < parcel.Items.Count; i++)
            {
                var item = parcel.Items[i];
                db.PortalShareItems.Add(new PortalShareItemRow
                {
                    ShareId = id,
                    Position = i,
                    Ref = item.Ref.Trim(),
                    Kind = item.Kind.ToString(),
                    Label = cipher.Encrypt(Field(id, $"item:{i}:label"), item.Label.Trim()),
                    Text = cipher.Encrypt(Field(id, $"item:{i}:text"), item.Text),
                });
            }
        }

        db.PortalShareStates.Add(new PortalShareStateRow
        {
            ShareId = id,
            PasscodeHash = await secrets.HashAsync(org, id, 1, Passcode.Normalise(passcode)!, ct),
            PasscodeIssue = 1,
            PasscodeIssuedAt = now,
        });
        await db.SaveChangesAsync(ct);
        await PortalAudit.AppendAsync(audit, now, org, parcel.SentBy, "portal.publish", id, AuditOutcome.Allowed, null, null, ct);
        return Result<PublishedShare>.Ok(new PublishedShare(id, ShareLinkToken.PathFor(token), passcode, parcel.ExpiresAt.ToUniversalTime()));
    }

    public async Task<bool> RevokeAsync(OrganisationId organisation, Guid shareId, UserId revokedBy, CancellationToken ct = default)
    {
        var state = await StateAsync(organisation, shareId, ct);
        if (state is null)
        {
            return false;
        }

        if (state.RevokedAt is null)
        {
            var now = time.GetUtcNow();
            state.RevokedAt = now;
            state.RevokedBy = revokedBy.Value;
            await db.SaveChangesAsync(ct);
            await PortalAudit.AppendAsync(audit, now, organisation.Value, revokedBy, "portal.revoke", shareId, AuditOutcome.Allowed, null, null, ct);
        }

        return true;
    }

    /// <summary>A new passcode for a share (the old one stops working, wrong attempts and locks are cleared); shown once.</summary>
    public async Task<Result<string>> ReissuePasscodeAsync(OrganisationId organisation, Guid shareId, UserId issuedBy, CancellationToken ct = default)
    {
        var share = await db.PortalShares.AsNoTracking().FirstOrDefaultAsync(s => s.Id == shareId && s.OrganisationId == organisation.Value, ct);
        var state = share is null ? null : await db.PortalShareStates.FirstOrDefaultAsync(s => s.ShareId == shareId, ct);
        if (share is null || state is null)
        {
            return Result<string>.Fail("shareId", "not_found", "There is no such share in this organisation.");
        }

        var now = time.GetUtcNow();
        if (state.RevokedAt is not null || share.ExpiresAt <= now)
        {
            return Result<string>.Fail("shareId", "closed", "This share has expired or been withdrawn; make a new sharing decision instead.");
        }

        var passcode = Passcode.New();
        state.PasscodeIssue += 1;
        state.PasscodeHash = await secrets.HashAsync(organisation.Value, shareId, state.PasscodeIssue, Passcode.Normalise(passcode)!, ct);
        state.PasscodeIssuedAt = now;
        state.FailedAttempts = 0;
        state.LockedUntil = null;
        state.BlockedAt = null;
        await db.SaveChangesAsync(ct);
        await PortalAudit.AppendAsync(audit, now, organisation.Value, issuedBy, "portal.passcode-reissue", shareId, AuditOutcome.Allowed, null, null, ct);
        return Result<string>.Ok(passcode);
    }

    /// <summary>The family a share came from, or null when there is no such share in the organisation.</summary>
    public async Task<FamilyId?> FamilyOfAsync(OrganisationId organisation, Guid shareId, CancellationToken ct = default) =>
        await db.PortalShares.AsNoTracking().Where(s => s.Id == shareId && s.OrganisationId == organisation.Value)
            .Select(s => (Guid?)s.FamilyId).FirstOrDefaultAsync(ct) is { } family ? new FamilyId(family) : null;

    /// <summary>A family's shares, newest first, with their status now and every view time.</summary>
    public async Task<IReadOnlyList<ShareSummary>> ListAsync(OrganisationId organisation, FamilyId family, CancellationToken ct = default)
    {
        var shares = await (from s in db.PortalShares.AsNoTracking()
                            join st in db.PortalShareStates.AsNoTracking() on s.Id equals st.ShareId
                            where s.OrganisationId == organisation.Value && s.FamilyId == family.Value
                            select new { Share = s, State = st }).ToListAsync(ct);
        if (shares.Count == 0)
        {
            return [];
        }

        var ids = shares.Select(s => s.Share.Id).ToList();
        var views = (await db.PortalViews.AsNoTracking().Where(v => ids.Contains(v.ShareId)).ToListAsync(ct))
            .ToLookup(v => v.ShareId, v => v.ViewedAt);
        var key = await keys.FindFamilyKeyAsync(family.Value, ct);
        using var cipher = key is null ? null : new FieldCipher(key, family.Value);
        var now = time.GetUtcNow();
        return shares
            .OrderByDescending(s => s.Share.SentAt).ThenByDescending(s => s.Share.Id)
            .Select(s => new ShareSummary(s.Share.Id, s.Share.DecisionId, s.Share.AgencyId,
                cipher?.Decrypt(Field(s.Share.Id, "recipient"), s.Share.RecipientName) ?? "(destroyed)",
                s.Share.ItemCount, s.Share.SentAt, s.Share.ExpiresAt, s.State.RevokedAt,
                ShareSummary.StatusAt(now, s.Share.ExpiresAt, s.State.RevokedAt, s.State.LockedUntil, s.State.BlockedAt),
                views[s.Share.Id].OrderBy(v => v).ToList()))
            .ToList();
    }

    /// <summary>The field name each ciphertext is bound to: a ciphertext moved to another share or item does not decrypt.</summary>
    internal static string Field(Guid shareId, string part) => $"share:{shareId:D}:{part}";

    private async Task<PortalShareStateRow?> StateAsync(OrganisationId organisation, Guid shareId, CancellationToken ct) =>
        await (from st in db.PortalShareStates
               join s in db.PortalShares on st.ShareId equals s.Id
               where s.Id == shareId && s.OrganisationId == organisation.Value
               select st).FirstOrDefaultAsync(ct);
}
