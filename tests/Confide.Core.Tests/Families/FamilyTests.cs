using Confide.Core.Common;
using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Staff;

namespace Confide.Core.Tests.Families;

public sealed class FamilyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
    private static readonly OrganisationId Org = OrganisationId.New();

    private static MemberDetails Adult(string given = "Harriet", string family = "Applegarth") => new(MemberKind.Adult, given, family, null);

    private static MemberDetails Child(DateOnly? dob, string given = "Rowan") => new(MemberKind.Child, given, "Applegarth", dob);

    [Fact]
    public void Open_ValidDetails_NormalisesPostcodeTrimsAddressAndKeepsMemberOrder()
    {
        var coordinator = UserId.New();
        var details = new FamilyDetails("  12 Orchard Row, Bury St Edmunds ", "ip331ab", [Adult(), Child(new DateOnly(2022, 5, 1))]);

        var family = Family.Open(Org, "F-000001", details, Now, coordinator).Value;

        family.OrganisationId.ShouldBe(Org);
        family.Address.ShouldBe("12 Orchard Row, Bury St Edmunds");
        family.Postcode.ShouldBe("IP33 1AB");
        family.Members.Select(m => m.Kind).ShouldBe([MemberKind.Adult, MemberKind.Child]);
        family.AssignedCoordinatorId.ShouldBe(coordinator);
        family.OpenedAt.ShouldBe(Now);
    }

    [Fact]
    public void Open_TwoAdultsWithDifferentFamilyNames_DisplayNameJoinsThemOnce()
    {
        var details = new FamilyDetails("1 Mill Lane", "CB1 2AB", [Adult("Ada", "Smith"), Adult("Bo", "Jones"), Adult("Cy", "smith")]);

        Family.Open(Org, "F-1", details, Now).Value.DisplayName.ShouldBe("Smith / Jones");
    }

    [Fact]
    public void Open_OnlyChildren_IsRefusedAskingForAnAdult()
    {
        var result = Family.Open(Org, "F-1", new FamilyDetails("1 Mill Lane", "CB1 2AB", [Child(new DateOnly(2020, 1, 1))]), Now);

        var error = result.Errors.ShouldHaveSingleItem();
        (error.Field, error.Code).ShouldBe(("members", "adult_required"));
        error.Message.ShouldContain("at least one adult");
    }

    [Fact]
    public void Open_NoMembers_IsRefusedAskingForAnAdult() =>
        Family.Open(Org, "F-1", new FamilyDetails("1 Mill Lane", "CB1 2AB", []), Now)
            .Errors.ShouldContain(e => e.Field == "members" && e.Code == "adult_required");

    [Fact]
    public void Open_TwentyOneMembers_IsRefusedAsTooMany()
    {
        var members = Enumerable.Range(0, 21).Select(i => Adult(given: $"Person{i}")).ToList();

        var result = Family.Open(Org, "F-1", new FamilyDetails("1 Mill Lane", "CB1 2AB", members), Now);

        result.Errors.ShouldContain(e => e.Field == "members" && e.Code == "too_many" && e.Message.Contains("at most 20"));
    }

    [Fact]
    public void Open_TwentyMembers_IsAccepted()
    {
        var members = Enumerable.Range(0, 20).Select(i => Adult(given: $"Person{i}")).ToList();

        Family.Open(Org, "F-1", new FamilyDetails("1 Mill Lane", "CB1 2AB", members), Now).Value.Members.Count.ShouldBe(20);
    }

    [Fact]
    public void Open_InvalidPostcode_IsRefusedQuotingWhatWasEntered()
    {
        var result = Family.Open(Org, "F-1", new FamilyDetails("1 Mill Lane", "NOTAPOSTCODE", [Adult()]), Now);

        var error = result.Errors.ShouldHaveSingleItem();
        (error.Field, error.Code).ShouldBe(("postcode", "invalid"));
        error.Message.ShouldContain("'NOTAPOSTCODE' is not a UK postcode");
    }

    [Fact]
    public void Open_EveryProblem_IsReportedTogetherWithMemberPositions()
    {
        var details = new FamilyDetails(" ", "12345", [Adult(given: ""), Child(null), Child(DateOnly.FromDateTime(Now.UtcDateTime).AddDays(1))]);

        var result = Family.Open(Org, "F-1", details, Now);

        result.Succeeded.ShouldBeFalse();
        result.Errors.Select(e => (e.Field, e.Code)).ShouldBe(
        [
            ("address", "required"),
            ("postcode", "invalid"),
            ("members[0].givenName", "required"),
            ("members[1].dateOfBirth", "required"),
            ("members[2].dateOfBirth", "in_future"),
        ], ignoreOrder: true);
    }

    [Fact]
    public void Open_OverlongAddress_IsRefusedWithTheLimit()
    {
        var result = Family.Open(Org, "F-1", new FamilyDetails(new string('x', FieldLimits.Address + 1), "CB1 2AB", [Adult()]), Now);

        var error = result.Errors.ShouldHaveSingleItem();
        (error.Field, error.Code).ShouldBe(("address", "too_long"));
        error.Message.ShouldContain("400 characters or fewer");
    }
}
