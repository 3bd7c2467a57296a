using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Core.Staff;
using Confide.Data.Families;
using Confide.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confide.Web.Features.Families;

/// <summary>A new referral opens a family file, assigned to the coordinator who records it.</summary>
public sealed class NewModel(CurrentActor current, FamilyRecords families) : PageModel
{
    public sealed class Person
    {
        public string? GivenName { get; set; }
        public string? FamilyName { get; set; }
        public DateOnly? DateOfBirth { get; set; }
        public bool IsEmpty => string.IsNullOrWhiteSpace(GivenName) && string.IsNullOrWhiteSpace(FamilyName) && DateOfBirth is null;
    }

    [BindProperty] public List<Person> Adults { get; set; } = [new(), new()];
    [BindProperty] public List<Person> Children { get; set; } = [new(), new(), new(), new()];
    [BindProperty] public string? Address { get; set; }
    [BindProperty] public string? Postcode { get; set; }
    [BindProperty] public string? Referrer { get; set; }
    [BindProperty] public DateOnly? ReferredOn { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public bool FamilyConsented { get; set; }

    public IReadOnlyList<ValidationError> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await IsCoordinatorAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        if (actor is null || !actor.Has(Role.Coordinator))
        {
            return NotFound();
        }

        var members = Adults.Take(2).Where(a => !a.IsEmpty).Select(a => new MemberDetails(MemberKind.Adult, a.GivenName ?? "", a.FamilyName ?? "", a.DateOfBirth))
            .Concat(Children.Take(4).Where(c => !c.IsEmpty).Select(c => new MemberDetails(MemberKind.Child, c.GivenName ?? "", c.FamilyName ?? "", c.DateOfBirth)))
            .ToList();
        var v = new Validator().When(ReferredOn is null, "referral.referredOn", "required", "Enter the date of the referral.");
        if (v.HasErrors && !FamilyConsented)
        {
            v.Add("referral.familyConsented", "consent_missing", "The family has not consented to this referral, so it cannot be accepted.");
        }

        if (v.HasErrors)
        {
            return Invalid(v.Errors);
        }

        var result = await families.OpenAsync(actor.OrganisationId, actor.UserId,
            new FamilyDetails(Address ?? "", Postcode ?? "", members),
            new ReferralDetails(Referrer ?? "", ReferredOn!.Value, Reason ?? "", FamilyConsented), actor.UserId, ct);
        return result.Succeeded ? Redirect($"/families/{result.Value.Family.Id}") : Invalid(result.Errors);
    }

    private PageResult Invalid(IReadOnlyList<ValidationError> errors)
    {
        Errors = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> IsCoordinatorAsync(CancellationToken ct) => (await current.GetAsync(ct))?.Has(Role.Coordinator) == true;
}
