using System.Security.Claims;
using Confide.Core.Staff;
using Confide.Data.Records;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Confide.Web.Features.Account;

/// <summary>
/// The session's principal: Identity's claims (the account id as <see cref="ClaimTypes.NameIdentifier"/>), plus a
/// marker when the account must set up two-factor before it may do anything else. The principal is rebuilt on
/// every request (the security stamp is checked each time), so the marker follows the account's current state.
/// </summary>
public sealed class StaffClaimsPrincipalFactory(UserManager<StaffAccount> users, IOptions<IdentityOptions> options, ConfideDbContext db)
    : UserClaimsPrincipalFactory<StaffAccount>(users, options)
{
    public const string MustEnrolClaim = "confide:must_enrol_two_factor";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        if (!user.TwoFactorEnabled && await MustUseTwoFactorAsync(user))
        {
            identity.AddClaim(new Claim(MustEnrolClaim, "true"));
        }

        return identity;
    }

    private async Task<bool> MustUseTwoFactorAsync(StaffAccount user)
    {
        var names = await db.StaffRoles.AsNoTracking().Where(r => r.UserId == user.Id).Select(r => r.Role).ToListAsync();
        var demo = await db.Organisations.AsNoTracking().Where(o => o.Id == user.OrganisationId).Select(o => o.IsDemo).FirstOrDefaultAsync();
        var roles = names.Select(n => RoleNames.TryParse(n, out var role) ? role : (Role?)null).OfType<Role>();
        return TwoFactorRule.IsRequired(roles, demo);
    }
}
