using System.Security.Cryptography;
using System.Text;
using Confide.Core.Common;
using Confide.Core.Staff;
using Confide.Data.Records;
using Microsoft.EntityFrameworkCore;

namespace Confide.Data.ApiTokens;

/// <summary>
/// Personal API tokens: <c>cfd_</c> and 32 random bytes (base64url), shown once when created; only their SHA-256
/// hash is stored. A token acts as its owner, expires, can be revoked, and stops working when the account is disabled.
/// </summary>
public sealed class PersonalApiTokens(ConfideDbContext db, TimeProvider time)
{
    public const string Prefix = "cfd_";
    public const int MaxLifetimeDays = 365;

    /// <summary>A token just created: <see cref="Token"/> is the only time the secret is seen.</summary>
    public sealed record IssuedToken(Guid Id, UserId UserId, string Name, string Token, DateTimeOffset ExpiresAt);

    /// <summary>Creates a token for the active account with <paramref name="email"/>, valid for <paramref name="days"/> days.</summary>
    public async Task<Result<IssuedToken>> CreateAsync(string email, int days, string name, CancellationToken ct = default)
    {
        var v = new Validator()
            .Text(email, "email", "email address", 254)
            .Text(name, "name", "token name", FieldLimits.Label)
            .When(days is < 1 or > MaxLifetimeDays, "days", "out_of_range", $"A token lasts between 1 and {MaxLifetimeDays} days (asked for {days}).");
        if (v.HasErrors)
        {
            return Result<IssuedToken>.Fail(v.Errors);
        }

        var normalised = email.Trim().ToUpperInvariant();
        var account = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedEmail == normalised, ct);
        if (account is null)
        {
            return Result<IssuedToken>.Fail("email", "not_found", $"There is no account with the email address '{email.Trim()}'.");
        }

        if (account.DisabledAt is not null)
        {
            return Result<IssuedToken>.Fail("email", "disabled", $"The account '{email.Trim()}' is disabled; enable it before creating a token.");
        }

        var token = Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow();
        var row = new ApiTokenRow
        {
            Id = Guid.CreateVersion7(),
            UserId = account.Id,
            Name = name.Trim(),
            TokenHash = Hash(token),
            CreatedAt = now,
            ExpiresAt = now.AddDays(days),
        };
        db.ApiTokens.Add(row);
        await db.SaveChangesAsync(ct);
        return Result<IssuedToken>.Ok(new IssuedToken(row.Id, new UserId(account.Id), row.Name, token, row.ExpiresAt));
    }

    /// <summary>Revokes a token; revoking one already revoked changes nothing.</summary>
    public async Task<Result<Guid>> RevokeAsync(Guid id, CancellationToken ct = default)
    {
        var row = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (row is null)
        {
            return Result<Guid>.Fail("id", "not_found", $"There is no API token {id}.");
        }

        if (row.RevokedAt is null)
        {
            row.RevokedAt = time.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }

        return Result<Guid>.Ok(row.Id);
    }

    /// <summary>The account a presented token acts for, or the reason it is refused (field <c>token</c>).</summary>
    public async Task<Result<UserId>> AuthenticateAsync(string token, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(token) || !token.StartsWith(Prefix, StringComparison.Ordinal) || token.Length > 100)
        {
            return Refused("malformed", "This is not a Confide API token; they start with 'cfd_'.");
        }

        var hash = Hash(token);
        var row = await db.ApiTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash, ct);
        if (row is null)
        {
            return Refused("unknown", "This API token is not recognised. Check it was copied whole, or create a new one.");
        }

        if (row.RevokedAt is { } revoked)
        {
            return Refused("revoked", $"This API token was revoked on {revoked:d MMMM yyyy}; create a new one.");
        }

        if (row.ExpiresAt <= time.GetUtcNow())
        {
            return Refused("expired", $"This API token expired on {row.ExpiresAt:d MMMM yyyy}; create a new one.");
        }

        var active = await db.Users.AnyAsync(u => u.Id == row.UserId && u.DisabledAt == null, ct);
        return active
            ? Result<UserId>.Ok(new UserId(row.UserId))
            : Refused("account_disabled", "The account this API token belongs to is disabled.");
    }

    internal static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    private static Result<UserId> Refused(string code, string message) => Result<UserId>.Fail("token", code, message);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
