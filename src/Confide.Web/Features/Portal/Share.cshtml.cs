using Confide.Core.Portal;
using Confide.Data.Portal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confide.Web.Features.Portal;

/// <summary>
/// The recipient's page for a share: a passcode form, then the items exactly as sent. Anonymous (the link and the
/// passcode are the recipient's proof); an expired, withdrawn or unknown link gets one calm page, the same for all.
/// </summary>
[AllowAnonymous]
public sealed class ShareModel(PortalDesk desk, PortalClientLimiter limiter) : PageModel
{
    [BindProperty]
    public string? Passcode { get; set; }

    /// <summary>The recipient ticked the terms (shown where the organisation binds recipients to terms, CHS-17).</summary>
    [BindProperty]
    public bool AcceptTerms { get; set; }

    public bool TermsRequired { get; private set; }

    public UnlockResult? Result { get; private set; }

    public RecipientShare? Share => Result?.Share;

    public bool Gone { get; private set; }

    public bool Limited { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        Quiet();
        if (await desk.TermsRequiredAsync(token, ct) is not { } terms)
        {
            return GonePage();
        }

        TermsRequired = terms;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        Quiet();
        var client = PortalClientLimiter.ClientOf(HttpContext);
        if (limiter.IsLimited(client))
        {
            Limited = true;
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ((int)PortalClientLimiter.Window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Page();
        }

        Result = await desk.UnlockAsync(token, Passcode, HttpContext.TraceIdentifier, AcceptTerms, ct);
        Passcode = null;
        TermsRequired = Result.Outcome != UnlockOutcome.Gone && await desk.TermsRequiredAsync(token, ct) == true;
        switch (Result.Outcome)
        {
            case UnlockOutcome.Gone:
                limiter.Refused(client);
                return GonePage();
            case UnlockOutcome.WrongPasscode:
                limiter.Refused(client);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                break;
            case UnlockOutcome.TermsNotAccepted:
                Response.StatusCode = StatusCodes.Status400BadRequest;
                break;
            case UnlockOutcome.Locked:
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                break;
            case UnlockOutcome.Blocked:
                Response.StatusCode = StatusCodes.Status403Forbidden;
                break;
        }

        return Page();
    }

    private PageResult GonePage()
    {
        Gone = true;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    // The recipient's pages answer for themselves: the staff error pages (with their navigation) are never shown here.
    private void Quiet()
    {
        if (HttpContext.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }

        Response.Headers.CacheControl = "no-store";
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
    }
}
