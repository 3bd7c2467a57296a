using System.Text.RegularExpressions;

namespace Confide.Core.Profiles;

/// <summary>Maps the sections of a profile onto the model; the key names here are the profile format.</summary>
internal static partial class ProfileReader
{
    public static OrganisationProfile Read(YamlSection root)
    {
        var id = root.Text("id");
        if (id.Length > 0 && !IdPattern().IsMatch(id))
        {
            root.Errors.Invalid("id", root.Get("id")!.Start.Line, "lowercase letters, digits, '-' or '_', starting with a letter", $"'{id}'");
        }

        var profile = new OrganisationProfile(
            id,
            root.Text("name"),
            root.Int("version", 1, int.MaxValue),
            In(root, "source", s => new PolicySource(s.Text("title"), s.Text("date"))),
            In(root, "access", ReadAccess),
            In(root, "consent", ReadConsent),
            In(root, "sharing", ReadSharing),
            In(root, "external_requests", s => new ExternalRequestRules(
                s.Enum<CourtRule>("court"), s.Enum<PoliceRule>("police"), s.Bool("trustees_notified"))),
            In(root, "retention", s => new RetentionRules(
                s.Int("family_file_years_after_support_end", 0, 100),
                s.Int("child_protection_until_youngest_age", 18, 100),
                s.Enum<VolunteerNotesRule>("volunteer_notes"),
                s.Int("personnel_years", 0, 100))),
            In(root, "anonymisation", s => new AnonymisationRules(
                s.Int("suppression_threshold", 0, 100), s.Int("rounding_base", 1, 100), s.Bool("secondary_suppression"))),
            In(root, "review", s => new ReviewRules(s.NullableInt("policy_review_months", 1, 120))),
            ReadDeclarations(root));
        root.Close();
        return profile;
    }

    private static AccessRules ReadAccess(YamlSection s) => new(
        s.Roles("reason_required_roles"),
        s.Roles("signature_required_roles"),
        s.EnumList<FileKind>("record_of_access_files"),
        In(s, "auditor", a => new AuditorAccess(a.Bool("allowed"), a.Bool("coordinator_present_required"))),
        s.Roles("personnel_file_roles"));

    private static ConsentRules ReadConsent(YamlSection s) => new(
        s.EnumList<ConsentGiver>("whose"),
        s.Enum<ConsentForm>("form"),
        s.Bool("special_category_requires_explicit_written"),
        s.NullableInt("child_involvement_age", 0, 18),
        s.Enum<ConsentGranularity>("granularity"));

    private static SharingRules ReadSharing(YamlSection s) => new(
        s.EnumList<LawfulException>("lawful_exceptions"),
        s.TextList("disclosable_offences"),
        s.Enum<FamilyTold>("family_told"),
        s.EnumList<UninformedReason>("uninformed_reasons"),
        s.Bool("record_decisions_not_to_share"),
        s.TextList("advice_before_sharing"),
        s.EnumList<TransmissionRule>("secure_transmission"));

    private static RequiredDeclaration[] ReadDeclarations(YamlSection root) =>
        root.Entries("declarations", "a mapping with keys role and declaration").Select(entry =>
        {
            var declaration = new RequiredDeclaration(entry.Role("role"), entry.Enum<DeclarationKind>("declaration"));
            entry.Close();
            return declaration;
        }).ToArray();

    private static T In<T>(YamlSection parent, string key, Func<YamlSection, T> read)
    {
        var section = parent.Section(key);
        if (section is null)
        {
            return default!;
        }

        var value = read(section);
        section.Close();
        return value;
    }

    [GeneratedRegex("^[a-z][a-z0-9_-]*$")]
    private static partial Regex IdPattern();
}
