using Confide.Core.Access;
using Confide.Core.Audit;
using Confide.Core.Common;
using Confide.Core.Staff;
using Confide.Data.Access;
using Confide.Data.Staff;
using Confide.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confide.Web.Features.Access;

/// <summary>
/// Time-limited grants: a trustee's spot-check, an external auditor's sample (with the coordinator's presence attested
/// where the profile says so), a contractor's incidental access after a signed undertaking. Managers issue and
/// revoke; coordinators attest presence. A grant takes effect, and a revocation ends it, on the very next request.
/// </summary>
public sealed class GrantsModel(CurrentActor current, AccessGrants grants, StaffAccounts accounts, FamilyReferences references, AccessAudit audit, TimeProvider time) : PageModel
{
    public static readonly TimeSpan Sitting = TimeSpan.FromHours(4);

    public Actor Actor { get; private set; } = null!;

    public IReadOnlyList<AccessGrants.Listing> Grants { get; private set; } = [];

    public IReadOnlyList<StaffAccounts.Listing> Grantees { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> References { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyList<ValidationError> Errors { get; private set; } = [];

    public string? Done { get; private set; }

    [BindProperty]
    public GrantKind? Kind { get; set; }

    [BindProperty]
    public Guid? GranteeId { get; set; }

    [BindProperty]
    public string? Files { get; set; }

    [BindProperty]
    public DateOnly? ValidFrom { get; set; }

    [BindProperty]
    public DateOnly? ValidUntil { get; set; }

    [BindProperty]
    public string? Purpose { get; set; }

    public DateTimeOffset Now => time.GetUtcNow();

    public bool CanManage => StaffTasks.May(Actor, StaffTask.ManageGrants);

    public bool CanAttest => StaffTasks.May(Actor, StaffTask.AttestPresence);

    public bool CanRecordUndertaking => StaffTasks.May(Actor, StaffTask.RecordUndertaking);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostIssueAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct) || !CanManage)
        {
            return NotFound();
        }

        var v = new Validator();
        v.When(Kind is null || !Enum.IsDefined(Kind.Value), "kind", "required", "Choose the kind of grant.");
        v.When(GranteeId is null, "granteeId", "required", "Choose who the grant is for.");
        v.When(ValidFrom is null, "validFrom", "required", "Enter the first day of the grant.");
        v.When(ValidUntil is null, "validUntil", "required", "Enter the last day of the grant.");
        var lines = (Files ?? "").Split(['\n', ',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        v.When(lines.Length == 0, "files", "required", "List the family references the grant covers, like F-000123, one per line.");
        var (found, unknown) = await references.ResolveAsync(Actor.OrganisationId, lines, ct);
        v.When(unknown.Count > 0, "files", "unknown", $"No family has the reference {string.Join(", ", unknown.Take(5))}; check the references.");
        if (v.HasErrors)
        {
            return Invalid(v.Errors);
        }

        var request = new GrantRequest(Kind!.Value, new UserId(GranteeId!.Value), found,
            new DateTimeOffset(ValidFrom!.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            new DateTimeOffset(ValidUntil!.Value.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            Purpose?.Trim() ?? "");
        var issued = await grants.IssueAsync(Actor.OrganisationId, request, Actor.UserId, ct);
        if (!issued.Succeeded)
        {
            return Invalid(issued.Errors);
        }

        await audit.RecordAsync(Actor, "grant.issue", "grant", issued.Value.Id.ToString(), AuditOutcome.Allowed, ct: ct);
        return RedirectToPage(new { done = "issued" });
    }

    public Task<IActionResult> OnPostRevokeAsync(Guid grantId, CancellationToken ct) =>
        ActAsync(grantId, StaffTask.ManageGrants, "grant.revoke", g => grants.RevokeAsync(Actor.OrganisationId, g, Actor.UserId, ct), "revoked", ct);

    public Task<IActionResult> OnPostAttestAsync(Guid grantId, CancellationToken ct) =>
        ActAsync(grantId, StaffTask.AttestPresence, "grant.attest-presence", g => grants.AttestPresenceAsync(Actor.OrganisationId, g, Actor.UserId, Sitting, ct), "attested", ct);

    public Task<IActionResult> OnPostUndertakingAsync(Guid grantId, CancellationToken ct) =>
        ActAsync(grantId, StaffTask.RecordUndertaking, "grant.undertaking", g => grants.RecordUndertakingAsync(Actor.OrganisationId, g, Actor.UserId, ct), "undertaking", ct);

    public string Status(AccessGrant grant) => grant switch
    {
        { RevokedAt: not null } => "Revoked",
        _ when grant.ValidFrom > Now => "Not started",
        _ when grant.ValidUntil <= Now => "Expired",
        _ => "Active",
    };

    public string NameOf(UserId id) => Grantees.FirstOrDefault(g => g.Id == id)?.DisplayName ?? AllNames.GetValueOrDefault(id.Value, "(unknown account)");

    private IReadOnlyDictionary<Guid, string> AllNames { get; set; } = new Dictionary<Guid, string>();

    // The task is checked after LoadAsync has found who is asking.
    private async Task<IActionResult> ActAsync(Guid grantId, StaffTask task, string action, Func<GrantId, Task<Result<AccessGrant>>> act, string done, CancellationToken ct)
    {
        if (!await LoadAsync(ct) || !StaffTasks.May(Actor, task))
        {
            return NotFound();
        }

        var result = await act(new GrantId(grantId));
        if (!result.Succeeded)
        {
            return Invalid(result.Errors);
        }

        await audit.RecordAsync(Actor, action, "grant", grantId.ToString("D"), AuditOutcome.Allowed, ct: ct);
        return RedirectToPage(new { done });
    }

    private IActionResult Invalid(IReadOnlyList<ValidationError> errors)
    {
        Errors = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await current.GetAsync(ct) is not { } actor)
        {
            return false;
        }

        Actor = actor;
        if (!CanManage && !CanAttest && !CanRecordUndertaking)
        {
            return false;
        }

        Done = Request.Query["done"];
        Grants = await grants.ListAsync(actor.OrganisationId, ct);
        var staff = await accounts.ListAsync(actor.OrganisationId, ct);
        AllNames = staff.ToDictionary(s => s.Id.Value, s => s.DisplayName);
        Grantees = staff.Where(s => !s.Disabled && s.Roles.Any(r => r is Role.Trustee or Role.ExternalAuditor or Role.Contractor)).ToList();
        References = await references.ForAsync(actor.OrganisationId, Grants.SelectMany(g => g.Files).Select(f => f.Value), ct);
        return true;
    }
}
