using Confide.Core.Profiles;
using Confide.Core.Staff;

namespace Confide.Core.Tests.Profiles;

public class ShippedProfileTests
{
    public static TheoryData<string> Files => new(ShippedProfiles.Files);

    [Theory]
    [MemberData(nameof(Files))]
    public void Parse_ShippedProfile_HasNoErrors(string file)
    {
        var result = ProfileParser.Parse(ShippedProfiles.Text(file), file);

        result.Errors.Select(e => e.Message).ShouldBeEmpty();
        result.Value.Id.ShouldBe(Path.GetFileNameWithoutExtension(file));
    }

    [Fact]
    public void ProfilesFolder_HoldsExactlyTheFiveSeedProfiles() =>
        Directory.GetFiles(ShippedProfiles.Folder, "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .ShouldBe(ShippedProfiles.Files.Order(StringComparer.Ordinal));

    [Fact]
    public void Suffolk_EveryRoleGivesAReason_PaidStaffIncluded() // SUF-04, SUF-29
    {
        var suffolk = ShippedProfiles.Load("suffolk.yaml");

        suffolk.Access.ReasonRequiredRoles.ShouldBe(Enum.GetValues<Role>(), ignoreOrder: true);
        suffolk.Access.RecordOfAccessFiles.ShouldBe([FileKind.Family, FileKind.Volunteer, FileKind.Staff, FileKind.Trustee], ignoreOrder: true);
        suffolk.Retention.VolunteerNotes.ShouldBe(VolunteerNotesRule.DestroyAtSupportEnd); // SUF-13
        suffolk.ExternalRequests.Court.ShouldBe(CourtRule.WitnessStatementFromSignedRecords); // SUF-24
        suffolk.Review.PolicyReviewMonths.ShouldBe(12); // SUF-36
    }

    [Fact]
    public void Leicestershire_ReasonFromEveryoneButPaidStaff_ChildrenFrom12() // LEI-16, LEI-12
    {
        var lei = ShippedProfiles.Load("leicestershire.yaml");

        foreach (var role in Enum.GetValues<Role>().Where(r => r != Role.Administrator))
        {
            lei.Access.ReasonRequiredRoles.Contains(role).ShouldBe(!role.IsPaidStaff(), role.Name());
        }

        lei.Consent.ChildInvolvementAge.ShouldBe(12);
        lei.Sharing.RecordDecisionsNotToShare.ShouldBeTrue(); // LEI-11
        lei.Sharing.LawfulExceptions.ShouldContain(LawfulException.MultiAgencyUnsafeConsent); // LEI-28
    }

    [Fact]
    public void Cumbria_ConsentWritten_SpecialCategoryExplicitWritten() // CFS-16, CFS-14
    {
        var cfs = ShippedProfiles.Load("cumbria.yaml");

        cfs.Consent.Form.ShouldBe(ConsentForm.Written);
        cfs.Consent.SpecialCategoryRequiresExplicitWritten.ShouldBeTrue();
        cfs.Access.PersonnelFileRoles.ShouldBe([Role.OfficeManager, Role.ChiefOfficer], ignoreOrder: true); // CFS-07
        cfs.Review.PolicyReviewMonths.ShouldBe(36); // CFS-38
        cfs.Sharing.LawfulExceptions.ShouldContain(LawfulException.StatutoryDuty); // CFS-22
    }

    [Fact]
    public void Wirral_CourtNeedsSubpoena_TransferPastSafeguardingIsAnException() // WIR-40, WIR-38
    {
        var wir = ShippedProfiles.Load("wirral.yaml");

        wir.ExternalRequests.Court.ShouldBe(CourtRule.SubpoenaRequired);
        wir.Sharing.LawfulExceptions.ShouldContain(LawfulException.TransferPastSafeguarding);
        wir.Sharing.DisclosableOffences.ShouldBe(["drug_trafficking", "drug_money_laundering"]); // WIR-02
        wir.Access.Auditor.ShouldBe(new AuditorAccess(Allowed: true, CoordinatorPresentRequired: true)); // WIR-39
        wir.Access.ReasonRequiredRoles.ShouldBeEmpty(); // WIR-36
    }

    [Fact]
    public void ChildrenHeardAndSeen_PolicePreventDetectCrime_ConsentWrittenOrOral() // CHS-02, CHS-16
    {
        var chs = ShippedProfiles.Load("chs.yaml");

        chs.Sharing.LawfulExceptions.ShouldBe(
            [LawfulException.Emergency, LawfulException.PublicSafety, LawfulException.PolicePreventDetectCrime, LawfulException.ChildWelfare],
            ignoreOrder: true);
        chs.Consent.Form.ShouldBe(ConsentForm.WrittenOrOral);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void ShippedProfile_EveryValueLineCitesAClauseOrSaysDefault(string file)
    {
        var prefix = Path.GetFileNameWithoutExtension(file) switch
        {
            "suffolk" => "SUF-", "wirral" => "WIR-", "cumbria" => "CFS-", "chs" => "CHS-", _ => "LEI-",
        };
        var lines = ShippedProfiles.Text(file).Split('\n');

        // A value line is cited when it, or the comment line just above it, names a clause or "not stated".
        var uncited = lines.Select((line, i) => (line, i))
            .Where(x => x.line.Contains(": ", StringComparison.Ordinal) && !x.line.TrimStart().StartsWith('#')
                && !x.line.TrimStart().StartsWith("- {", StringComparison.Ordinal)
                && !Cites(x.line, prefix) && !(x.i > 0 && Cites(lines[x.i - 1], prefix)))
            .Select(x => $"{x.i + 1}: {x.line}")
            .Where(l => !l.Contains("id:", StringComparison.Ordinal) && !l.Contains("name:", StringComparison.Ordinal)
                && !l.Contains("version:", StringComparison.Ordinal));

        uncited.ShouldBeEmpty();
    }

    private static bool Cites(string line, string prefix) =>
        line.Contains(prefix, StringComparison.Ordinal) || line.Contains("not stated", StringComparison.Ordinal);
}
