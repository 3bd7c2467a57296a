using Confide.Core.Common;

namespace Confide.Core.Families;

/// <summary>A period of support: it starts, and it ends (which starts retention clocks and ends volunteer access).</summary>
public sealed record SupportEpisode(SupportEpisodeId Id, FamilyId FamilyId, SupportType Type, DateOnly StartedOn, DateOnly? EndedOn)
{
    /// <summary>True when support is running on <paramref name="day"/>.</summary>
    public bool IsActiveOn(DateOnly day) => StartedOn <= day && (EndedOn is null || EndedOn >= day);

    /// <summary>Starts an episode; the start may not be more than a year ahead.</summary>
    public static Result<SupportEpisode> Start(FamilyId familyId, SupportType type, DateOnly startedOn, DateOnly today) =>
        Result<SupportEpisode>.From(
            new Validator().When(startedOn > today.AddYears(1), "startedOn", "too_far_ahead", "A support episode cannot start more than a year from now."),
            () => new SupportEpisode(SupportEpisodeId.New(), familyId, type, startedOn, null));

    /// <summary>Ends the episode; the end cannot be before the start, and an ended episode stays ended.</summary>
    public Result<SupportEpisode> End(DateOnly endedOn) =>
        Result<SupportEpisode>.From(
            new Validator()
                .When(EndedOn is not null, "endedOn", "already_ended", $"This support episode already ended on {EndedOn:d MMMM yyyy}.")
                .When(endedOn < StartedOn, "endedOn", "before_start", $"Support cannot end ({endedOn:d MMMM yyyy}) before it started ({StartedOn:d MMMM yyyy})."),
            () => this with { EndedOn = endedOn });
}
