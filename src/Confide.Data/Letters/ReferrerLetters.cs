using System.Security.Cryptography;
using Confide.Core.Audit;
using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Portal;
using Confide.Core.Staff;
using Confide.Data.Audit;
using Confide.Data.Crypto;
using Confide.Data.Keys;
using Confide.Data.Records;
using Microsoft.EntityFrameworkCore;

namespace Confide.Data.Letters;

/// <summary>
/// The letters that tell a referrer support started or ended (LEI-24): drafted from the file as a PDF, and recorded
/// as sent with the PDF kept exactly as sent (encrypted under the family's key; the database refuses changes).
/// Both are audited (<c>letter.draft</c>, <c>letter.sent</c>) with the family's id. Access decisions are the caller's.
/// </summary>
public sealed class ReferrerLetters(ConfideDbContext db, FamilyKeyRing keys, AuditLog audit, TimeProvider time)
{
    public const string ResourceKind = "family";

    /// <summary>The letter and its PDF, dated <paramref name="dated"/> (today when null); audited as a draft.</summary>
    public async Task<Result<(ReferrerLetter Letter, byte[] Pdf)>> DraftAsync(OrganisationId org, FamilyFile file, ReferrerLetterKind kind, UserId by,
        string? requestId, DateOnly? dated = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var name = await db.Organisations.AsNoTracking().Where(o => o.Id == org.Value).Select(o => o.Name).FirstAsync(ct);
        var letter = ReferrerLetter.Draft(file, kind, name, dated ?? Today);
        if (!letter.Succeeded)
        {
            return Result<(ReferrerLetter, byte[])>.Fail(letter.Errors);
        }

        var pdf = ReferrerLetterPdf.Render(letter.Value);
        await AuditAsync(org, by, "letter.draft", file.Family.Id, kind, requestId, ct);
        return Result<(ReferrerLetter, byte[])>.Ok((letter.Value, pdf));
    }

    /// <summary>Records the letter as sent on <paramref name="sentOn"/> by <paramref name="method"/>, keeping the PDF as sent (dated that day).</summary>
    public async Task<Result<SentLetter>> RecordSentAsync(OrganisationId org, FamilyFile file, ReferrerLetterKind kind, DateOnly? sentOn, string? method,
        UserId by, string? requestId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var v = new Validator()
            .When(sentOn is null, "sentOn", "required", "Enter the date the letter was sent, like 2026-11-21.")
            .When(sentOn > Today, "sentOn", "in_future", "The letter cannot have been sent in the future: enter the date it was sent.")
            .When(method is null || !LetterCodes.Methods.Contains(method), "method", "unknown",
                $"Choose how the letter was sent: {string.Join(", ", LetterCodes.Methods)}.");
        if (v.HasErrors)
        {
            return Result<SentLetter>.Fail(v.Errors);
        }

        var name = await db.Organisations.AsNoTracking().Where(o => o.Id == org.Value).Select(o => o.Name).FirstAsync(ct);
        var letter = ReferrerLetter.Draft(file, kind, name, sentOn!.Value);
        if (!letter.Succeeded)
        {
            return Result<SentLetter>.Fail(letter.Errors);
        }

        var key = await keys.FindFamilyKeyAsync(file.Family.Id.Value, ct) ?? throw new Families.FamilyKeyUnavailableException(file.Family.Id.Value);
        var pdf = ReferrerLetterPdf.Render(letter.Value);
        var id = Guid.CreateVersion7();
        var now = time.GetUtcNow();
        using (var cipher = new FieldCipher(key, file.Family.Id.Value))
        {
            db.ReferrerLetters.Add(new ReferrerLetterRow
            {
                Id = id,
                OrganisationId = org.Value,
                FamilyId = file.Family.Id.Value,
                EpisodeId = letter.Value.EpisodeId.Value,
                Kind = LetterCodes.Code(kind),
                Method = method!,
                SentOn = sentOn.Value,
                Pdf = cipher.Encrypt(Field(id), Convert.ToBase64String(pdf)),
                PdfSha256 = SHA256.HashData(pdf),
                RecordedBy = by.Value,
                RecordedAt = now,
            });
        }

        await db.SaveChangesAsync(ct);
        await AuditAsync(org, by, "letter.sent", file.Family.Id, kind, requestId, ct);
        return Result<SentLetter>.Ok(new SentLetter(id, kind, letter.Value.EpisodeId.Value, method!, sentOn.Value, by.Value, now));
    }

    /// <summary>The letters recorded as sent for a family, newest first.</summary>
    public async Task<IReadOnlyList<SentLetter>> ListAsync(OrganisationId org, FamilyId family, CancellationToken ct = default) =>
        (await db.ReferrerLetters.AsNoTracking().Where(l => l.OrganisationId == org.Value && l.FamilyId == family.Value).ToListAsync(ct))
            .OrderByDescending(l => l.RecordedAt).ThenByDescending(l => l.Id)
            .Select(l => new SentLetter(l.Id, l.Kind == "support-ended" ? ReferrerLetterKind.SupportEnded : ReferrerLetterKind.SupportStarted,
                l.EpisodeId, l.Method, l.SentOn, l.RecordedBy, l.RecordedAt))
            .ToList();

    /// <summary>The PDF exactly as sent, or null when there is no such letter on this family's file (or the family was destroyed).</summary>
    public async Task<byte[]?> SentPdfAsync(OrganisationId org, FamilyId family, Guid letterId, CancellationToken ct = default)
    {
        var row = await db.ReferrerLetters.AsNoTracking()
            .FirstOrDefaultAsync(l => l.Id == letterId && l.OrganisationId == org.Value && l.FamilyId == family.Value, ct);
        if (row is null || await keys.FindFamilyKeyAsync(family.Value, ct) is not { } key)
        {
            return null;
        }

        using var cipher = new FieldCipher(key, family.Value);
        return Convert.FromBase64String(cipher.Decrypt(Field(letterId), row.Pdf));
    }

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private static string Field(Guid letterId) => $"letter:{letterId:D}:pdf";

    private Task AuditAsync(OrganisationId org, UserId by, string action, FamilyId family, ReferrerLetterKind kind, string? requestId, CancellationToken ct) =>
        audit.AppendAsync(new AuditEvent(time.GetUtcNow(), org, by, action, ResourceKind, family.Value.ToString("D"), LetterCodes.Code(kind),
            null, null, AuditOutcome.Allowed, null, requestId), ct);
}
