using Confide.Core.Access;
using Confide.Core.Audit;
using Confide.Core.Common;
using Confide.Core.Consent;
using Confide.Core.Families;
using Confide.Data.Consent;
using Confide.Web.Features.Access;
using Confide.Web.Features.Families;
using static Confide.Web.Features.Api.ConsentContracts;

namespace Confide.Web.Features.Consent;

/// <summary>
/// The consent changes shared by the page and the API, once access is decided: map the request, record it, and put
/// the act (allowed, or refused with the first error's code) on the audit log: identifiers and codes only.
/// </summary>
public sealed class ConsentActions(ConsentRecords records, AccessAudit audit)
{
    public const string Part = "consent";

    public async Task<Result<ConsentRecord>> RecordConsentAsync(Actor actor, FamilyId family, ConsentRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var (details, codeErrors) = ConsentRequests.ToDetails(request);
        var result = Merge(codeErrors, await records.RecordConsentAsync(actor.OrganisationId, family, actor.UserId, details, ct));
        await AuditAsync(actor, "consent.record", family, result.Succeeded ? result.Value.Id.Value : null, result.Errors, ct);
        return result;
    }

    public async Task<Result<ConsentRecord>> WithdrawAsync(Actor actor, FamilyId family, ConsentId consent, WithdrawRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var result = await records.WithdrawAsync(actor.OrganisationId, family, consent, actor.UserId, request.WithdrawnOn, request.HowTold, ct);
        await AuditAsync(actor, "consent.withdraw", family, consent.Value, result.Errors, ct);
        return result;
    }

    public async Task<Result<PrivacyNoticeExplanation>> RecordNoticeAsync(Actor actor, FamilyId family, PrivacyNoticeRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var (details, codeErrors) = ConsentRequests.ToDetails(request);
        var result = Merge(codeErrors, await records.RecordNoticeAsync(actor.OrganisationId, family, actor.UserId, details, ct));
        await AuditAsync(actor, "privacy-notice.record", family, result.Succeeded ? result.Value.Id : null, result.Errors, ct);
        return result;
    }

    public async Task<Result<ServiceAgreement>> RecordAgreementAsync(Actor actor, FamilyId family, AgreementRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var result = await records.RecordAgreementAsync(actor.OrganisationId, family, actor.UserId, request.AgreedOn, ct);
        await AuditAsync(actor, "service-agreement.record", family, result.Succeeded ? result.Value.Id : null, result.Errors, ct);
        return result;
    }

    // An unknown code is reported once, as itself, not again as "required" by the domain.
    private static Result<T> Merge<T>(IReadOnlyList<ValidationError> codeErrors, Result<T> result)
    {
        if (codeErrors.Count == 0)
        {
            return result;
        }

        var fields = codeErrors.Select(e => e.Field).ToHashSet();
        return Result<T>.Fail(codeErrors.Concat(result.Errors.Where(e => !fields.Contains(e.Field))).ToList());
    }

    private Task AuditAsync(Actor actor, string action, FamilyId family, Guid? recordId, IReadOnlyList<ValidationError> errors, CancellationToken ct) =>
        audit.RecordAsync(actor, action, FamilyFileAccess.Kind, family.Value.ToString("D"),
            errors.Count == 0 ? AuditOutcome.Allowed : AuditOutcome.Refused,
            rule: errors.Count == 0 ? null : errors[0].Code,
            part: recordId is { } id ? $"{Part}/{id:D}" : Part, ct: ct);
}
