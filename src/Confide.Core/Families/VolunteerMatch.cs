using Confide.Core.Common;
using Confide.Core.Staff;

namespace Confide.Core.Families;

/// <summary>A volunteer matched to a family. The volunteer sees the family only while the match is active.</summary>
public sealed record VolunteerMatch(MatchId Id, FamilyId FamilyId, UserId VolunteerId, DateOnly StartedOn, DateOnly? EndedOn)
{
    /// <summary>True when the match is in force on <paramref name="day"/>.</summary>
    public bool IsActiveOn(DateOnly day) => StartedOn <= day && (EndedOn is null || EndedOn >= day);

    /// <summary>Matches a volunteer to a family from a date.</summary>
    public static Result<VolunteerMatch> Start(FamilyId familyId, UserId volunteerId, DateOnly startedOn, DateOnly today) =>
        Result<VolunteerMatch>.From(
            new Validator().When(startedOn > today.AddYears(1), "startedOn", "too_far_ahead", "A match cannot start more than a year from now."),
            () => new VolunteerMatch(MatchId.New(), familyId, volunteerId, startedOn, null));

    /// <summary>Ends the match; the end cannot be before the start.</summary>
    public Result<VolunteerMatch> End(DateOnly endedOn) =>
        Result<VolunteerMatch>.From(
            new Validator()
                .When(EndedOn is not null, "endedOn", "already_ended", $"This match already ended on {EndedOn:d MMMM yyyy}.")
                .When(endedOn < StartedOn, "endedOn", "before_start", "A match cannot end before it started."),
            () => this with { EndedOn = endedOn });
}
