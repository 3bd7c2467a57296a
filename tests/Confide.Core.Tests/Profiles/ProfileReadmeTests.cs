using Confide.Core.Profiles;

namespace Confide.Core.Tests.Profiles;

public class ProfileReadmeTests
{
    public static TheoryData<string> EnumValues => new(
        SnakeCase.All<LawfulException>()
            .Concat(SnakeCase.All<ConsentForm>()).Concat(SnakeCase.All<ConsentGiver>()).Concat(SnakeCase.All<ConsentGranularity>())
            .Concat(SnakeCase.All<FamilyTold>()).Concat(SnakeCase.All<UninformedReason>()).Concat(SnakeCase.All<TransmissionRule>())
            .Concat(SnakeCase.All<CourtRule>()).Concat(SnakeCase.All<PoliceRule>()).Concat(SnakeCase.All<FileKind>())
            .Concat(SnakeCase.All<VolunteerNotesRule>()).Concat(SnakeCase.All<DeclarationKind>())
            .Distinct());

    [Theory]
    [MemberData(nameof(EnumValues))]
    public void Readme_DocumentsEveryAllowedValue(string value) =>
        File.ReadAllText(Path.Combine(ShippedProfiles.Folder, "README.md")).ShouldContain($"`{value}`");

    [Fact]
    public void SnakeCase_RoundTripsProfileSpelling()
    {
        SnakeCase.Name(LawfulException.PolicePreventDetectCrime).ShouldBe("police_prevent_detect_crime");
        SnakeCase.TryParse("transfer_past_safeguarding", out LawfulException parsed).ShouldBeTrue();
        parsed.ShouldBe(LawfulException.TransferPastSafeguarding);
        SnakeCase.TryParse("TransferPastSafeguarding", out LawfulException _).ShouldBeFalse();
    }
}
