using Confide.Core.Access;
using Confide.Core.Families;
using Confide.Core.Sharing;
using Confide.Core.Staff;
using static Confide.Core.Tests.Sharing.SharingTestData;

namespace Confide.Core.Tests.Sharing;

public sealed class FileItemsTests
{
    [Fact]
    public void From_ListsEachItemOneByOne_FinalisedNotesOnly_NoWholeFile()
    {
        var family = Confide.Core.Families.Family.Open(Org, "F-000001", new FamilyDetails("12 Orchard Row", "IP33 1AB", [
            new MemberDetails(MemberKind.Adult, "Harriet", "Applegarth", null) { Special = new SpecialCategoryData("Asthma", null, null) },
            new MemberDetails(MemberKind.Child, "Rowan", "Applegarth", Today.AddYears(-4)),
        ]), Now, Coordinator).Value;
        var draft = Note.Draft(family.Id, Coordinator, Today, "Draft words.", Now).Value;
        var signed = Note.Draft(family.Id, Coordinator, Today, "Signed words.", Now).Value.Finalise(Coordinator, Now).Value;
        var file = new FamilyFile(family, [], [], [], [draft, signed]);

        var items = FileItems.From(file);

        items.Select(i => i.Label).ShouldBe(["Home address", "Name of adult 1", "Health of adult 1", "Name of child 1", "Date of birth of child 1", $"Note of contact on {Today:d MMMM yyyy}"]);
        items.Select(i => i.Ref).ShouldBeUnique();
        items.Single(i => i.Label == "Health of adult 1").Kind.ShouldBe(InformationKind.SpecialCategory);
        items.Last().Kind.ShouldBe(InformationKind.SessionNotes);
        items.Last().Text.ShouldBe("Signed words.");
        items.ShouldNotContain(i => i.Text == "Draft words.");
        items.Select(i => i.Label).ShouldAllBe(l => !l.Contains("Applegarth") && !l.Contains("Harriet"));
    }

    [Theory]
    [InlineData(Role.SchemeManager, true)]
    [InlineData(Role.ChiefOfficer, true)]
    [InlineData(Role.Coordinator, false)]
    [InlineData(Role.Volunteer, false)]
    [InlineData(Role.Trustee, false)]
    [InlineData(Role.Administrator, false)]
    public void ManageAgencies_IsForManagersOnly(Role role, bool may) =>
        StaffTasks.May(new Actor(Coordinator, Org, new HashSet<Role> { role }), StaffTask.ManageAgencies).ShouldBe(may);

    [Fact]
    public void AgencyDetails_WithoutNameOrLegitimateInterest_GetsAMessageForEach()
    {
        var errors = new AgencyDetails(" ", AgencyCategory.School, "", null, false).Validate();

        errors.Select(e => e.Field).ShouldBe(["name", "legitimateInterest"]);
        new AgencyDetails("Orchard Primary School", AgencyCategory.School, "Pupils' welfare", null, false).Validate().ShouldBeEmpty();
        new AgencyDetails("X", (AgencyCategory)99, "Y", null, false).Validate().ShouldHaveSingleItem().Field.ShouldBe("category");
    }
}
