using Confide.Core.Access;
using Confide.Core.Common;
using Confide.Core.Consent;
using Confide.Core.Families;
using Confide.Core.Sharing;
using Confide.Data.Consent;
using Confide.Web.Features.Access;
using Confide.Web.Features.Families;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static Confide.Web.Features.Api.ConsentContracts;

namespace Confide.Web.Features.Consent;

/// <summary>
/// "Consent and privacy notice" for one family: what was explained, the agreement to support, and every consent
/// (current, expired, withdrawn, refused), with the forms to record each. Reading needs Read and changing needs
/// Write on the file, in the full view only; every change is audited by <see cref="ConsentActions"/>.
/// </summary>
[Authorize]
public sealed class IndexModel(FamilyFileAccess files, ConsentRecords records, ConsentActions actions, IAgencyDirectory agencies,
    StaffNames names, TimeProvider time) : PageModel
{
    public FamilyFileAccess.Opened? Opened { get; private set; }

    public ConsentFile Consents { get; private set; } = new([], [], []);

    public IReadOnlyList<Agency> Agencies { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Staff { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyList<ValidationError> Errors { get; private set; } = [];

    public bool CanWrite { get; private set; }

    public AccessDecision? Refusal { get; private set; }

    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    [BindProperty]
    public ConsentRequest Consent { get; set; } = new();

    [BindProperty]
    public PrivacyNoticeRequest Notice { get; set; } = new();

    [BindProperty]
    public AgreementRequest Agreement { get; set; } = new();

    [BindProperty]
    public WithdrawRequest Withdrawal { get; set; } = new();

    public bool HasError(string field) => Errors.Any(e => e.Field == field);

    public string MemberName(MemberId id) =>
        Opened?.File.Family.Members.FirstOrDefault(m => m.Id == id) is { } m ? $"{m.GivenName} {m.FamilyName}" : "a former member of the family";

    public string StaffName(Guid id) => Staff.TryGetValue(id, out var n) ? n : "a former member of staff";

    public string Recipient(ConsentScope scope) =>
        ConsentWording.Recipient(scope, scope.AgencyId is { } a ? Agencies.FirstOrDefault(x => x.Id == a)?.Name : null);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await OpenAsync(id, AccessAction.Read, ct) ?? Page();

    public Task<IActionResult> OnPostConsentAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(id, a => actions.RecordConsentAsync(a, new FamilyId(id), Consent, ct), ct);

    public Task<IActionResult> OnPostNoticeAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(id, a => actions.RecordNoticeAsync(a, new FamilyId(id), Notice, ct), ct);

    public Task<IActionResult> OnPostAgreementAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(id, a => actions.RecordAgreementAsync(a, new FamilyId(id), Agreement, ct), ct);

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, Guid consentId, CancellationToken ct) =>
        ChangeAsync(id, a => actions.WithdrawAsync(a, new FamilyId(id), new ConsentId(consentId), Withdrawal, ct), ct);

    private async Task<IActionResult> ChangeAsync<T>(Guid id, Func<Actor, Task<Result<T>>> change, CancellationToken ct)
    {
        if (await OpenAsync(id, AccessAction.Write, ct) is { } refused)
        {
            return refused;
        }

        var result = await change(Opened!.Actor);
        if (result.Succeeded)
        {
            return Redirect($"/families/{id}/consent");
        }

        if (result.Errors[0] is { Code: "not_found", Field: "consentId" or "familyId" })
        {
            return NotFound();
        }

        Errors = result.Errors;
        await LoadAsync(id, ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Null when the file is open for <paramref name="action"/>; otherwise the response to give.</summary>
    private async Task<IActionResult?> OpenAsync(Guid id, AccessAction action, CancellationToken ct)
    {
        var outcome = await files.OpenAsync(new FamilyId(id), action, ConsentActions.Part, ct, fullViewOnly: true);
        switch (outcome.Status)
        {
            case FamilyFileAccess.Status.NotFound:
                return NotFound();
            case FamilyFileAccess.Status.ReasonRequired:
                return Redirect($"/families/{id}/reason");
            case FamilyFileAccess.Status.Refused:
                Refusal = outcome.Decision;
                Response.StatusCode = StatusCodes.Status403Forbidden;
                return Page();
        }

        Opened = outcome.File;
        CanWrite = action == AccessAction.Write || await files.AllowsAsync(Opened!, AccessAction.Write, ct);
        if (action == AccessAction.Read)
        {
            await LoadAsync(id, ct);
        }

        return null;
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        var org = Opened!.Actor.OrganisationId;
        Consents = await records.ListAsync(org, new FamilyId(id), ct) ?? Consents;
        Agencies = await agencies.ListAsync(org, ct);
        Staff = await names.ForAsync(org, ct);
    }
}
