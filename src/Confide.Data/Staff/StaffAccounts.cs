using Confide.Core.Common;
using Confide.Core.Organisations;
using Confide.Core.Staff;
using Confide.Data.Records;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Confide.Data.Staff;

/// <summary>Adds, disables and lists accounts (the CLI's <c>user</c> commands and the administrators' pages).</summary>
public sealed class StaffAccounts(ConfideDbContext db, UserManager<StaffAccount> users, TimeProvider time)
{
    // No look-alike characters, so a password read off a screen is typed right first time.
    private const string PasswordAlphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>A strong first password (20 characters, ~115 bits), to be shown once and changed by its owner.</summary>
    public static string GeneratePassword() => System.Security.Cryptography.RandomNumberGenerator.GetString(PasswordAlphabet, 20);

    /// <summary>One line of <see cref="ListAsync"/>.</summary>
    public sealed record Listing(UserId Id, string Email, string DisplayName, IReadOnlyList<Role> Roles, bool Disabled);

    public async Task<Result<UserId>> AddAsync(OrganisationId org, string email, string displayName, IReadOnlyCollection<Role> roles, string password, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var v = new Validator()
            .Text(email, "email", "email address", 254)
            .Text(displayName, "displayName", "name", FieldLimits.Name)
            .When(roles.Count == 0, "roles", "required", "Give the account at least one role: " + string.Join(", ", RoleNames.All) + ".");
        v.When(!string.IsNullOrWhiteSpace(email) && !email.Contains('@', StringComparison.Ordinal), "email", "invalid", $"'{email}' is not an email address.");
        v.When(!await db.Organisations.AnyAsync(o => o.Id == org.Value, ct), "organisation", "not_found", $"There is no organisation {org}.");
        if (v.HasErrors)
        {
            return Result<UserId>.Fail(v.Errors);
        }

        var account = new StaffAccount
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = org.Value,
            UserName = email.Trim(),
            Email = email.Trim(),
            DisplayName = displayName.Trim(),
            CreatedAt = time.GetUtcNow(),
            LockoutEnabled = true,
            Roles = roles.Distinct().Select(r => new StaffRoleRow { Role = r.Name() }).ToList(),
        };
        var created = await users.CreateAsync(account, password);
        return created.Succeeded
            ? Result<UserId>.Ok(new UserId(account.Id))
            : Result<UserId>.Fail(created.Errors.Select(e => new ValidationError(e.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email", e.Code, e.Description)).ToList());
    }

    /// <summary>Disables an account: it can no longer sign in, and its sessions end at their next request.</summary>
    public async Task<Result<UserId>> DisableAsync(string email, CancellationToken ct = default)
    {
        var account = await users.FindByEmailAsync(email);
        if (account is null)
        {
            return Result<UserId>.Fail("email", "not_found", $"There is no account with the email address '{email}'.");
        }

        if (account.DisabledAt is null)
        {
            account.DisabledAt = time.GetUtcNow();
            await users.UpdateAsync(account);
            await users.UpdateSecurityStampAsync(account);
        }

        return Result<UserId>.Ok(new UserId(account.Id));
    }

    /// <summary>
    /// Resets two-factor for a lost phone: turns it off, replaces the authenticator key and voids the recovery codes.
    /// The account's sessions end at their next request; if its roles need two-factor it must enrol again.
    /// </summary>
    public async Task<Result<UserId>> ResetTwoFactorAsync(string email, CancellationToken ct = default)
    {
        var account = await users.FindByEmailAsync(email);
        if (account is null)
        {
            return Result<UserId>.Fail("email", "not_found", $"There is no account with the email address '{email}'.");
        }

        await users.SetTwoFactorEnabledAsync(account, false);
        await users.ResetAuthenticatorKeyAsync(account);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(account, 0);
        await users.UpdateSecurityStampAsync(account);
        return Result<UserId>.Ok(new UserId(account.Id));
    }

    public async Task<IReadOnlyList<Listing>> ListAsync(OrganisationId? org, CancellationToken ct = default)
    {
        var query = db.Users.AsNoTracking().Include(u => u.Roles).AsQueryable();
        if (org is { } o)
        {
            query = query.Where(u => u.OrganisationId == o.Value);
        }

        var rows = await query.OrderBy(u => u.Email).ToListAsync(ct);
        return rows.Select(u => new Listing(new UserId(u.Id), u.Email ?? "", u.DisplayName,
            StaffDirectory.ToActor(u).Roles.Order().ToList(), u.DisabledAt is not null)).ToList();
    }
}
