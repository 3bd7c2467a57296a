using Confide.Data.Records;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Confide.Web.Features.Account;

/// <summary>Identity's sign-in, refusing disabled accounts before their password is even checked.</summary>
public sealed class StaffSignInManager(
    UserManager<StaffAccount> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<StaffAccount> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<StaffAccount>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<StaffAccount> confirmation)
    : SignInManager<StaffAccount>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(StaffAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.DisabledAt is null && await base.CanSignInAsync(user);
    }
}
