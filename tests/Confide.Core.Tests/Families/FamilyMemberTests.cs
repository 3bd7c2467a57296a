using System.Globalization;
using Confide.Core.Common;
using Confide.Core.Families;

namespace Confide.Core.Tests.Families;

public sealed class FamilyMemberTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    private static Result<FamilyMember> Create(MemberKind kind, DateOnly? dob, string given = "Rowan", string family = "Applegarth", SpecialCategoryData? special = null) =>
        FamilyMember.Create(new MemberDetails(kind, given, family, dob) { Special = special ?? SpecialCategoryData.None }, Today);

    [Fact]
    public void Create_ChildWithoutDateOfBirth_IsRefused()
    {
        var error = Create(MemberKind.Child, null).Errors.ShouldHaveSingleItem();

        (error.Field, error.Code).ShouldBe(("dateOfBirth", "required"));
        error.Message.ShouldBe("Enter the child's date of birth.");
    }

    [Fact]
    public void Create_AdultWithoutDateOfBirth_IsAccepted()
    {
        var adult = Create(MemberKind.Adult, null).Value;

        adult.DateOfBirth.ShouldBeNull();
        adult.AgeOn(Today).ShouldBeNull();
    }

    [Fact]
    public void Create_DateOfBirthTomorrow_IsRefusedAsInTheFuture()
    {
        var error = Create(MemberKind.Child, Today.AddDays(1)).Errors.ShouldHaveSingleItem();

        (error.Field, error.Code).ShouldBe(("dateOfBirth", "in_future"));
        error.Message.ShouldContain("is in the future");
    }

    [Fact]
    public void Create_BornToday_IsAcceptedAndAgedZero() =>
        Create(MemberKind.Child, Today).Value.AgeOn(Today).ShouldBe(0);

    [Fact]
    public void Create_DateOfBirthMoreThan120YearsAgo_IsRefusedAsImplausible() =>
        Create(MemberKind.Adult, Today.AddYears(-120).AddDays(-1)).Errors.ShouldHaveSingleItem().Code.ShouldBe("implausible");

    [Fact]
    public void Create_NamesWithSpaces_AreTrimmed()
    {
        var member = Create(MemberKind.Adult, null, given: "  Ada ", family: " Quillfeather  ").Value;

        (member.GivenName, member.FamilyName).ShouldBe(("Ada", "Quillfeather"));
    }

    [Theory]
    [InlineData("givenName")]
    [InlineData("familyName")]
    public void Create_NameOverOneHundredCharacters_IsRefusedWithTheLimit(string field)
    {
        var tooLong = new string('a', FieldLimits.Name + 1);
        var result = field == "givenName" ? Create(MemberKind.Adult, null, given: tooLong) : Create(MemberKind.Adult, null, family: tooLong);

        var error = result.Errors.ShouldHaveSingleItem();
        (error.Field, error.Code).ShouldBe((field, "too_long"));
        error.Message.ShouldContain("100 characters or fewer (it has 101)");
    }

    [Fact]
    public void Create_NameOfExactlyOneHundredCharacters_IsAccepted() =>
        Create(MemberKind.Adult, null, given: new string('a', FieldLimits.Name)).Succeeded.ShouldBeTrue();

    [Fact]
    public void Create_BlankNames_AreBothReported() =>
        Create(MemberKind.Adult, null, given: " ", family: "").Errors.Select(e => (e.Field, e.Code))
            .ShouldBe([("givenName", "required"), ("familyName", "required")]);

    [Fact]
    public void Create_SpecialCategoryFieldsTooLong_AreRefusedUnderSpecial()
    {
        var special = new SpecialCategoryData(
            Health: new string('h', FieldLimits.SpecialCategoryText + 1),
            Ethnicity: new string('e', FieldLimits.Label + 1),
            Religion: new string('r', FieldLimits.Label + 1));

        var result = Create(MemberKind.Adult, null, special: special);

        result.Errors.Select(e => (e.Field, e.Code)).ShouldBe(
            [("special.health", "too_long"), ("special.ethnicity", "too_long"), ("special.religion", "too_long")]);
        result.Errors[0].Message.ShouldContain("health information must be 2,000 characters or fewer");
    }

    [Fact]
    public void Create_SpecialCategoryDataWithinLimits_IsKept()
    {
        var special = new SpecialCategoryData("Asthma", "Prefer not to say", null);

        var member = Create(MemberKind.Adult, null, special: special).Value;

        member.Special.ShouldBe(special);
        member.Special.Any.ShouldBeTrue();
        SpecialCategoryData.None.Any.ShouldBeFalse();
    }

    [Theory]
    [InlineData("2020-06-15", "2026-06-14", 5)] // day before the birthday
    [InlineData("2020-06-15", "2026-06-15", 6)] // on the birthday
    [InlineData("2020-06-15", "2026-06-16", 6)]
    [InlineData("2020-12-31", "2026-01-01", 5)]
    [InlineData("2020-01-01", "2025-12-31", 5)]
    [InlineData("2008-11-22", "2026-11-21", 17)] // eighteen tomorrow
    [InlineData("2008-11-21", "2026-11-21", 18)]
    [InlineData("2016-02-29", "2020-02-28", 3)] // leap year: birthday falls on 29 Feb
    [InlineData("2016-02-29", "2020-02-29", 4)]
    [InlineData("2016-02-29", "2021-02-28", 4)] // in a common year a 29 Feb birthday is reached on 1 March (UK)
    [InlineData("2016-02-29", "2021-03-01", 5)]
    [InlineData("2015-03-01", "2016-02-29", 0)]
    [InlineData("2015-03-01", "2016-03-01", 1)]
    public void AgeOn_AroundBirthdays_CountsFullYears(string born, string on, int expected)
    {
        var member = FamilyMember.Create(new MemberDetails(MemberKind.Child, "Rowan", "Applegarth", Day(born)), Day(on)).Value;

        member.AgeOn(Day(on)).ShouldBe(expected);
    }

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
