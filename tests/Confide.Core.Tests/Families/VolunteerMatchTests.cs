using Confide.Core.Families;
using Confide.Core.Staff;

namespace Confide.Core.Tests.Families;

public sealed class VolunteerMatchTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);
    private static readonly DateOnly Start = new(2026, 3, 1);

    private static VolunteerMatch Started() => VolunteerMatch.Start(FamilyId.New(), UserId.New(), Start, Today).Value;

    [Fact]
    public void Start_RecordsTheVolunteerAndFamily()
    {
        var (family, volunteer) = (FamilyId.New(), UserId.New());

        var match = VolunteerMatch.Start(family, volunteer, Start, Today).Value;

        (match.FamilyId, match.VolunteerId, match.StartedOn, match.EndedOn).ShouldBe((family, volunteer, Start, (DateOnly?)null));
    }

    [Fact]
    public void Start_MoreThanAYearAhead_IsRefused()
    {
        var error = VolunteerMatch.Start(FamilyId.New(), UserId.New(), Today.AddYears(1).AddDays(1), Today).Errors.ShouldHaveSingleItem();

        (error.Field, error.Code).ShouldBe(("startedOn", "too_far_ahead"));
        error.Message.ShouldContain("more than a year");
    }

    [Fact]
    public void End_BeforeItStarted_IsRefused()
    {
        var error = Started().End(Start.AddDays(-1)).Errors.ShouldHaveSingleItem();

        (error.Field, error.Code).ShouldBe(("endedOn", "before_start"));
        error.Message.ShouldContain("cannot end before it started");
    }

    [Fact]
    public void End_Twice_IsRefusedAsAlreadyEnded()
    {
        var ended = Started().End(Start.AddDays(10)).Value;

        var error = ended.End(Start.AddDays(20)).Errors.ShouldHaveSingleItem();

        (error.Field, error.Code).ShouldBe(("endedOn", "already_ended"));
        error.Message.ShouldContain("already ended");
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(10, true)]
    [InlineData(11, false)]
    public void IsActiveOn_EndedMatch_IncludesBothTheFirstAndLastDay(int daysAfterStart, bool active) =>
        Started().End(Start.AddDays(10)).Value.IsActiveOn(Start.AddDays(daysAfterStart)).ShouldBe(active);

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(1000, true)]
    public void IsActiveOn_OpenMatch_RunsFromItsStart(int daysAfterStart, bool active) =>
        Started().IsActiveOn(Start.AddDays(daysAfterStart)).ShouldBe(active);
}
