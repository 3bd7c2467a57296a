using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Profiles;
using Confide.Core.Staff;

namespace Confide.Core.Sharing;

/// <summary>
/// A "family to be informed" item created by an external share (SUF-15, WIR-08): open until it is completed with the
/// date and method, or closed with one of the profile's exemptions and a review date.
/// </summary>
public sealed record FamilyInformedTask
{
    public required Guid Id { get; init; }
    public required OrganisationId OrganisationId { get; init; }
    public required FamilyId FamilyId { get; init; }
    public required Guid DecisionId { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required InformedTaskStatus Status { get; init; }
    public UninformedReason? Exemption { get; init; }
    public DateOnly? ReviewOn { get; init; }
    public DateOnly? ToldOn { get; init; }
    public InformMethod? Method { get; init; }
    public UserId? ClosedBy { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>True when it belongs on the coordinator's list: open, or exempt and due for review.</summary>
    public bool Due(DateOnly today) => Status == InformedTaskStatus.Open || (Status == InformedTaskStatus.Exempt && ReviewOn <= today);

    /// <summary>The task a shared decision needs, or null when the family was told before it.</summary>
    public static FamilyInformedTask? For(SharingDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (!decision.NeedsInformedTask)
        {
            return null;
        }

        var exempt = decision.FamilyTold == TellingFamily.NotTold;
        return new FamilyInformedTask
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = decision.OrganisationId,
            FamilyId = decision.FamilyId,
            DecisionId = decision.Id,
            CreatedAt = decision.DecidedAt,
            Status = exempt ? InformedTaskStatus.Exempt : InformedTaskStatus.Open,
            Exemption = exempt ? decision.UninformedReason : null,
            ReviewOn = exempt ? decision.ReviewOn : null,
            ClosedBy = exempt ? decision.DecidedBy : null,
            ClosedAt = exempt ? decision.DecidedAt : null,
        };
    }

    /// <summary>Records that the family was told: on a date (not in the future, not before the share) and how.</summary>
    public Result<FamilyInformedTask> Complete(DateOnly? toldOn, InformMethod? method, UserId by, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var v = new Validator()
            .When(Status == InformedTaskStatus.Completed, "taskId", "task.already_completed", $"The family was already recorded as told on {ToldOn:d MMMM yyyy}.")
            .When(toldOn is null, "toldOn", "task.told_date_missing", "Give the date the family was told.")
            .When(toldOn > today, "toldOn", "task.told_date_future", "The date the family was told cannot be in the future.")
            .When(toldOn < DateOnly.FromDateTime(CreatedAt.UtcDateTime), "toldOn", "task.told_date_before_share", "The family cannot have been told of the share before the decision was made.")
            .When(method is null || !Enum.IsDefined(method.Value), "method", "task.method_missing", "Say how the family was told: in person, by telephone or by letter.");
        return Result<FamilyInformedTask>.From(v, () => this with
        {
            Status = InformedTaskStatus.Completed,
            ToldOn = toldOn,
            Method = method,
            ClosedBy = by,
            ClosedAt = now,
        });
    }

    /// <summary>Closes the task with an exemption the profile allows, to be reviewed after today.</summary>
    public Result<FamilyInformedTask> CloseExempt(UninformedReason? reason, DateOnly? reviewOn, SharingRules rules, UserId by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var v = new Validator()
            .When(Status == InformedTaskStatus.Completed, "taskId", "task.already_completed", $"The family was already recorded as told on {ToldOn:d MMMM yyyy}.")
            .When(rules.UninformedReasons.Count == 0, "exemption", "task.exemption_not_allowed",
                "Your organisation's policy gives no reason to leave a family uninformed: record when and how they were told.")
            .When(rules.UninformedReasons.Count > 0 && (reason is null || !rules.UninformedReasons.Contains(reason.Value)), "exemption", "task.exemption_not_allowed",
                $"Choose one of your organisation's reasons: {string.Join("; ", rules.UninformedReasons.Select(SharingLabels.Of))}.")
            .When(reviewOn is null || reviewOn <= today, "reviewOn", "task.review_date_not_future", "Give a review date after today.");
        return Result<FamilyInformedTask>.From(v, () => this with
        {
            Status = InformedTaskStatus.Exempt,
            Exemption = reason,
            ReviewOn = reviewOn,
            ClosedBy = by,
            ClosedAt = now,
        });
    }
}
