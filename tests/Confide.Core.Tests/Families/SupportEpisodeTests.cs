using Confide.Core.Families;

namespace Confide.Core.Tests.Families;

public sealed class SupportEpisodeTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);
    private static readonly DateOnly Start = new(2026, 3, 1);

    private static SupportEpisode Started() => SupportEpisode.Start(FamilyId.New(), SupportType.HomeVisiting, Start, Today).Value;

    [Fact]
    public void Start_InThePast_IsOpenEnded()
    {
        var family = FamilyId.New();

        var episode = SupportEpisode.Start(family, SupportType.Group, Start, Today).Value;

        (episode.FamilyId, episode.Type, episode.StartedOn, episode.EndedOn).ShouldBe((family, SupportType.Group, Start, (DateOnly?)null));
    }

    [Fact]
    public void Start_ExactlyOneYearAhead_IsAccepted() =>
        SupportEpisode.Start(FamilyId.New(), SupportType.Group, Today.AddYears(1), Today).Succeeded.ShouldBeTrue();

    [Fact]
    public void Start_MoreThanAYearAhead_IsRefused()
    {
        var error = SupportEpisode.Start(FamilyId.New(), SupportType.Group, Today.AddYears(1).AddDays(1), Today).Errors.ShouldHaveSingleItem();

        (error.Field, error.Code).ShouldBe(("startedOn", "too_far_ahead"));
        error.Message.ShouldContain("more than a year");
    }

    [Fact]
    public void End_OnTheDayItStarted_IsAccepted() =>
        Started().End(Start).Value.EndedOn.ShouldBe(Start);

    [Fact]
    public void End_BeforeItStarted_IsRefusedNamingBothDates()
    {
        var error = Started().End(Start.AddDays(-1)).Errors.ShouldHaveSingleItem();

        (error.Field, error.Code).ShouldBe(("endedOn", "before_start"));
        error.Message.ShouldContain("before it started");
        error.Message.ShouldContain("2026");
    }

    [Fact]
    public void End_Twice_IsRefusedAsAlreadyEnded()
    {
        var ended = Started().End(Start.AddDays(30)).Value;

        var error = ended.End(Start.AddDays(60)).Errors.ShouldHaveSingleItem();

        (error.Field, error.Code).ShouldBe(("endedOn", "already_ended"));
        error.Message.ShouldContain("already ended");
    }

    [Fact]
    public void End_DoesNotChangeTheOriginal() // records are values: ending returns a new episode
    {
        var episode = Started();

        _ = episode.End(Start.AddDays(1)).Value;

        episode.EndedOn.ShouldBeNull();
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(30, true)]
    [InlineData(31, false)]
    public void IsActiveOn_EndedEpisode_IncludesBothTheFirstAndLastDay(int daysAfterStart, bool active) =>
        Started().End(Start.AddDays(30)).Value.IsActiveOn(Start.AddDays(daysAfterStart)).ShouldBe(active);

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(3650, true)]
    public void IsActiveOn_OpenEpisode_RunsFromItsStart(int daysAfterStart, bool active) =>
        Started().IsActiveOn(Start.AddDays(daysAfterStart)).ShouldBe(active);
}
