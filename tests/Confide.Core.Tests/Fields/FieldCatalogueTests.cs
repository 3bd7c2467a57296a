using Confide.Core.Fields;

namespace Confide.Core.Tests.Fields;

public sealed class FieldCatalogueTests
{
    public static TheoryData<string> Names => new(FieldCatalogue.All.Select(f => f.Name));

    [Theory, MemberData(nameof(Names))]
    public void EveryField_StatesAPurposeInASentence(string name)
    {
        var purpose = FieldCatalogue.Find(name)!.Purpose;

        purpose.Trim().Length.ShouldBeGreaterThan(20, $"{name} needs a stated purpose (data minimisation: no purpose, no field)");
        purpose.ShouldEndWith(".");
    }

    [Fact]
    public void SpecialCategoryFields_AreEncryptedAndHiddenFromVolunteers()
    {
        var special = FieldCatalogue.All.Where(f => f.SpecialCategory).ToList();

        special.Select(f => f.Name).ShouldBe(["member.health", "member.ethnicity", "member.religion"], ignoreOrder: true);
        special.ShouldAllBe(f => f.Encrypted && !f.InVolunteerView);
    }

    [Fact]
    public void Names_AreUniqueAndShapedEntityDotField()
    {
        FieldCatalogue.All.Select(f => f.Name).ShouldBeUnique();
        FieldCatalogue.All.ShouldAllBe(f => System.Text.RegularExpressions.Regex.IsMatch(f.Name, "^[a-z]+\\.[a-zA-Z]+$"));
    }

    [Theory]
    [InlineData("member.dateOfBirth")]
    [InlineData("referral.reason")]
    public void VolunteerView_LeavesOutDatesOfBirthAndReferralReason(string name) =>
        FieldCatalogue.Find(name)!.InVolunteerView.ShouldBeFalse();

    [Fact]
    public void Find_UnknownField_ReturnsNull() =>
        FieldCatalogue.Find("member.shoeSize").ShouldBeNull();
}
