using Confide.Core.Audit;
using Confide.Core.Portal;
using Confide.Core.Profiles;
using Confide.Core.Sharing;
using Confide.Data.Audit;
using Confide.Data.Crypto;
using Confide.Data.Keys;
using Confide.Data.Records;
using Microsoft.EntityFrameworkCore;

namespace Confide.Data.Portal;

/// <summary>
/// The recipient's side of the portal: whether a link is open, and opening it with the passcode. Wrong passcodes
/// are counted in the database and lock the share (<see cref="PasscodeLockout"/>); every refusal and every view is
/// audited with the share's id. Unknown, expired and withdrawn links all answer <see cref="UnlockOutcome.Gone"/>.
/// </summary>
public sealed class PortalDesk(ConfideDbContext db, FamilyKeyRing keys, PortalSecrets secrets, AuditLog audit, TimeProvider time)
{
    /// <summary>Whether the link leads to a share that is neither expired nor withdrawn (locks aside); null when it does not.</summary>
    /// <returns>Whether its recipient must accept the organisation's terms first (CHS-17).</returns>
    public async Task<bool?> TermsRequiredAsync(string? token, CancellationToken ct = default) =>
        await FindAsync(token, ct) is { } found ? await TermsRequiredAsync(found.Share.OrganisationId, ct) : null;

    /// <summary>Tries the passcode typed for the link; on success records the view and returns the items as sent.</summary>
    /// <param name="acceptedTerms">The recipient ticked the terms (needed only where the organisation's profile binds recipients to terms).</param>
    public async Task<UnlockResult> UnlockAsync(string? token, string? typed, string? requestId, bool acceptedTerms = false, CancellationToken ct = default)
    {
        var found = await FindAsync(token, ct);
        if (found is null)
        {
            return UnlockResult.Gone;
        }

        var (share, state) = found.Value;
        var now = time.GetUtcNow();
        if (state.BlockedAt is not null)
        {
            await RefusedAsync(share, "blocked", requestId, now, ct);
            return new UnlockResult(UnlockOutcome.Blocked);
        }

        if (state.LockedUntil is { } until && until > now)
        {
            await RefusedAsync(share, "locked", requestId, now, ct);
            return new UnlockResult(UnlockOutcome.Locked, LockedUntil: until);
        }

        var termsRequired = await TermsRequiredAsync(share.OrganisationId, ct);
        if (termsRequired && !acceptedTerms)
        {
            return new UnlockResult(UnlockOutcome.TermsNotAccepted);
        }

        var normalised = Passcode.Normalise(typed);
        var right = normalised is not null
            && PortalSecrets.Same(state.PasscodeHash, await secrets.HashAsync(share.OrganisationId, share.Id, state.PasscodeIssue, normalised, ct));
        if (!right)
        {
            return await WrongAsync(share, requestId, now, ct);
        }

        if (state.FailedAttempts > 0 || state.LockedUntil is not null)
        {
            await db.PortalShareStates.Where(s => s.ShareId == share.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.FailedAttempts, 0).SetProperty(s => s.LockedUntil, (DateTimeOffset?)null), ct);
        }

        var opened = await ReadAsync(share, ct);
        if (opened is null)
        {
            return UnlockResult.Gone;
        }

        db.PortalViews.Add(new PortalViewRow { Id = Guid.CreateVersion7(), ShareId = share.Id, ViewedAt = now });
        await db.SaveChangesAsync(ct);
        await PortalAudit.AppendAsync(audit, now, share.OrganisationId, null, "portal.view", share.Id, AuditOutcome.Allowed, null, requestId, ct,
            termsRequired ? "terms-accepted" : null);
        return new UnlockResult(UnlockOutcome.Opened, opened);
    }

    private async Task<UnlockResult> WrongAsync(PortalShareRow share, string? requestId, DateTimeOffset now, CancellationToken ct)
    {
        // Counted and locked in one transaction: the increment holds the row, so wrong guesses racing on several
        // nodes are all counted and the count that reaches a threshold is the one that locks.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.PortalShareStates.Where(s => s.ShareId == share.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.FailedAttempts, s => s.FailedAttempts + 1), ct);
        var failures = await db.PortalShareStates.AsNoTracking().Where(s => s.ShareId == share.Id).Select(s => s.FailedAttempts).FirstAsync(ct);
        var (lockedUntil, blocked) = PasscodeLockout.After(failures, now);
        if (blocked)
        {
            await db.PortalShareStates.Where(s => s.ShareId == share.Id && s.BlockedAt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.BlockedAt, now), ct);
        }
        else if (lockedUntil is not null)
        {
            await db.PortalShareStates.Where(s => s.ShareId == share.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.LockedUntil, lockedUntil), ct);
        }

        await tx.CommitAsync(ct);
        await RefusedAsync(share, "wrong-passcode", requestId, now, ct);
        var left = failures < PasscodeLockout.FirstLockAfter ? PasscodeLockout.FirstLockAfter - failures : PasscodeLockout.BlockAfter - failures;
        return blocked ? new UnlockResult(UnlockOutcome.Blocked)
            : lockedUntil is not null ? new UnlockResult(UnlockOutcome.Locked, LockedUntil: lockedUntil)
            : new UnlockResult(UnlockOutcome.WrongPasscode, AttemptsBeforeLock: left);
    }

    private async Task<bool> TermsRequiredAsync(Guid organisationId, CancellationToken ct)
    {
        var yaml = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId).Select(o => o.ProfileYaml).FirstOrDefaultAsync(ct);
        var profile = yaml is null ? null : ProfileParser.Parse(yaml, $"organisation {organisationId}");
        return RecipientTerms.Required(profile is { Succeeded: true } ? profile.Value.Sharing : null);
    }

    private Task RefusedAsync(PortalShareRow share, string rule, string? requestId, DateTimeOffset now, CancellationToken ct) =>
        PortalAudit.AppendAsync(audit, now, share.OrganisationId, null, "portal.passcode-refused", share.Id, AuditOutcome.Refused, rule, requestId, ct);

    private async Task<(PortalShareRow Share, PortalShareStateRow State)?> FindAsync(string? token, CancellationToken ct)
    {
        if (ShareLinkToken.Hash(token) is not { } hash)
        {
            return null;
        }

        var found = await (from s in db.PortalShares.AsNoTracking()
                           join st in db.PortalShareStates.AsNoTracking() on s.Id equals st.ShareId
                           where s.TokenHash == hash
                           select new { Share = s, State = st }).FirstOrDefaultAsync(ct);
        var now = time.GetUtcNow();
        return found is null || found.State.RevokedAt is not null || found.Share.ExpiresAt <= now ? null : (found.Share, found.State);
    }

    private async Task<RecipientShare?> ReadAsync(PortalShareRow share, CancellationToken ct)
    {
        if (await keys.FindFamilyKeyAsync(share.FamilyId, ct) is not { } key)
        {
            return null; // the family's file was destroyed: its copies went with it
        }

        var items = await db.PortalShareItems.AsNoTracking().Where(i => i.ShareId == share.Id).OrderBy(i => i.Position).ToListAsync(ct);
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == share.OrganisationId).Select(o => o.Name).FirstAsync(ct);
        using var cipher = new FieldCipher(key, share.FamilyId);
        return new RecipientShare(share.Id, organisation,
            cipher.Decrypt(SecureSharePortal.Field(share.Id, "recipient"), share.RecipientName), share.SentAt, share.ExpiresAt,
            items.Select(i => new SharedItemCopy(i.Ref, Enum.Parse<InformationKind>(i.Kind),
                cipher.Decrypt(SecureSharePortal.Field(share.Id, $"item:{i.Position}:label"), i.Label),
                cipher.Decrypt(SecureSharePortal.Field(share.Id, $"item:{i.Position}:text"), i.Text))).ToList());
    }
}
