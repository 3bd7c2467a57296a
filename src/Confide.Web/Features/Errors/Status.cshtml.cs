using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confide.Web.Features.Errors;

/// <summary>
/// The page shown for a response that would otherwise be empty (404 "Page not found" above all), so a person sees a
/// page of the service rather than the browser's own error. It keeps the original status and says nothing of
/// whether what was asked for exists.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public string Title => Code == 404 ? "Page not found" : "Sorry, there is a problem";

    public IActionResult OnGet(int code)
    {
        // Only as the re-execution of another request: asked for directly, it is itself a page that does not exist.
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            return NotFound();
        }

        Code = code;
        return Page();
    }

    /// <summary>A refused form post re-executes as a post; it changes nothing here, so it needs no anti-forgery token.</summary>
    public IActionResult OnPost(int code) => OnGet(code);
}
