using System.ComponentModel.DataAnnotations;
using System.Text;
using Confide.Data.Records;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confide.Web.Features.Account;

/// <summary>
/// Setting up two-factor: the key to type or scan into an authenticator app, a code from the app to prove it
/// works, then ten recovery codes shown this once.
/// </summary>
[Authorize]
public sealed class EnrolModel(UserManager<StaffAccount> users, SignInManager<StaffAccount> signIn, ILogger<EnrolModel> logger) : PageModel
{
    public const string NotRight = "That code is not right. Check the key in your app, wait for a new code and enter it.";

    [BindProperty, Required(ErrorMessage = "Enter the 6-digit code from your authenticator app"), Display(Name = "Code")]
    public string Code { get; set; } = "";

    public bool AlreadyOn { get; private set; }
    public string Key { get; private set; } = "";
    public string OtpAuthUri { get; private set; } = "";

    /// <summary>The otpauth link as a QR code (PNG, base64) for the authenticator app to scan; rendered on the server, so no script is needed.</summary>
    public string QrCodePng => OtpAuthUri.Length == 0 ? "" : Convert.ToBase64String(
        new QRCoder.PngByteQRCode(new QRCoder.QRCodeGenerator().CreateQrCode(OtpAuthUri, QRCoder.QRCodeGenerator.ECCLevel.M)).GetGraphic(4));
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        AlreadyOn = user.TwoFactorEnabled;
        if (!AlreadyOn)
        {
            await LoadKeyAsync(user);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            AlreadyOn = true;
            return Page();
        }

        if (ModelState.IsValid && !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Code))
        {
            ModelState.AddModelError(nameof(Code), NotRight);
        }

        if (!ModelState.IsValid)
        {
            await LoadKeyAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
        await signIn.RefreshSignInAsync(user);
        logger.TwoFactorEnabled(user.Id);
        return Page();
    }

    private async Task LoadKeyAsync(StaffAccount user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // A new key changes the security stamp; refresh this session so it survives the next request.
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
            await signIn.RefreshSignInAsync(user);
        }

        Key = string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
        var label = Uri.EscapeDataString($"Confide:{user.Email}");
        OtpAuthUri = $"otpauth://totp/{label}?secret={key}&issuer=Confide&digits=6&period=30";
    }
}
