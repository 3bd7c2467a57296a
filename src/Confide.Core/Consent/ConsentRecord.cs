using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Core.Staff;

namespace Confide.Core.Consent;

/// <summary>
/// One person's decision, at one visit, to give or refuse consent to share within a scope. Never edited or deleted:
/// a change of mind is a withdrawal (which stops every future share at once) or a new record.
/// </summary>
public sealed partial record ConsentRecord
{
    /// <summary>The record's identifier.</summary>
    public required ConsentId Id { get; init; }

    /// <summary>The family file it is on.</summary>
    public required FamilyId FamilyId { get; init; }

    /// <summary>The family member who gave or refused it.</summary>
    public required MemberId GivenBy { get; init; }

    /// <summary>In what capacity they gave it.</summary>
    public required ConsentGiverRole Role { get; init; }

    /// <summary>For a child: the coordinator's view of the child's understanding.</summary>
    public ChildUnderstanding? Understanding { get; init; }

    /// <summary>True when granted; false when refused (a refusal is kept with its date, CHS-13).</summary>
    public required bool Granted { get; init; }

    /// <summary>What it is to.</summary>
    public required ConsentScope Scope { get; init; }

    /// <summary>Written or oral evidence; may be absent for a refusal.</summary>
    public ConsentEvidence? Evidence { get; init; }

    /// <summary>Initial or review visit.</summary>
    public required ConsentVisit Visit { get; init; }

    /// <summary>The date it was given or refused.</summary>
    public required DateOnly GivenOn { get; init; }

    /// <summary>From this day it covers nothing; null when it does not expire.</summary>
    public DateOnly? ExpiresOn { get; init; }

    /// <summary>When it is due for review, if set.</summary>
    public DateOnly? ReviewOn { get; init; }

    /// <summary>Who recorded it.</summary>
    public required UserId RecordedBy { get; init; }

    /// <summary>When it was recorded (UTC).</summary>
    public required DateTimeOffset RecordedAt { get; init; }

    /// <summary>The withdrawal, if it was withdrawn.</summary>
    public ConsentWithdrawal? Withdrawal { get; init; }

    /// <summary>Whether the consent is current, expired, withdrawn or a refusal on <paramref name="on"/>.</summary>
    public ConsentState StateOn(DateOnly on) =>
        !Granted ? ConsentState.Refused
        : Withdrawal is { } w && w.On <= on ? ConsentState.Withdrawn
        : ExpiresOn is { } e && e <= on ? ConsentState.Expired
        : ConsentState.Current;

    /// <summary>Records its withdrawal. Refused when it was a refusal, is already withdrawn, or the date is impossible.</summary>
    public Result<ConsentRecord> Withdraw(DateOnly? on, UserId recordedBy, string? howTold, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (!Granted)
        {
            return Result<ConsentRecord>.Fail("consentId", "consent.not_granted", "This is a recorded refusal, so there is nothing to withdraw.");
        }

        if (Withdrawal is { } already)
        {
            return Result<ConsentRecord>.Fail("consentId", "consent.already_withdrawn",
                $"{ConsentWording.Describe(this)} was already withdrawn on {ConsentWording.Date(already.On)}.");
        }

        var v = new Validator().Text(howTold, "howTold", "way the family told you (for example: by telephone to the coordinator)", FieldLimits.Label);
        if (on is not { } date)
        {
            v.Add("withdrawnOn", "required", "Enter the date the consent was withdrawn, like 2026-05-01.");
        }
        else
        {
            v.When(date > today, "withdrawnOn", "in_future", $"The withdrawal date {ConsentWording.Date(date)} is in the future; record a withdrawal on the day it is made.");
            v.When(date < GivenOn, "withdrawnOn", "before_given", $"The withdrawal date {ConsentWording.Date(date)} is before the consent was given ({ConsentWording.Date(GivenOn)}).");
        }

        return Result<ConsentRecord>.From(v, () => this with { Withdrawal = new ConsentWithdrawal(on!.Value, recordedBy, howTold!.Trim(), now) });
    }
}
