using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Core.Staff;

namespace Confide.Core.Consent;

/// <summary>
/// That the family agreed to receive support. Kept apart from consent to share: agreeing to support never counts
/// as consent to share anything (SUF-25's consent is recorded as a <see cref="ConsentRecord"/>).
/// </summary>
public sealed record ServiceAgreement(Guid Id, FamilyId FamilyId, DateOnly AgreedOn, UserId RecordedBy, DateTimeOffset RecordedAt)
{
    /// <summary>Validates an agreement: the date is required and not in the future.</summary>
    public static Result<ServiceAgreement> Create(FamilyId family, DateOnly? agreedOn, UserId recordedBy, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var v = new Validator()
            .When(agreedOn is null, "agreedOn", "required", "Enter the date the family agreed to receive support, like 2026-03-03.")
            .When(agreedOn > today, "agreedOn", "in_future", $"The date {(agreedOn is { } a ? ConsentWording.Date(a) : "")} is in the future.");
        return Result<ServiceAgreement>.From(v, () => new ServiceAgreement(Guid.CreateVersion7(), family, agreedOn!.Value, recordedBy, now));
    }
}
