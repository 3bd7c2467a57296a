using Confide.Core.Profiles;
using Confide.Core.Staff;

namespace Confide.Core.Tests.Profiles;

public class ProfileParserTests
{
    private const string Source = "test.yaml";

    [Fact]
    public void Parse_ValidProfile_ReadsEverySection()
    {
        var profile = ProfileParser.Parse(new ProfileYamlBuilder().Build(), Source).Value;

        profile.Id.ShouldBe("test");
        profile.Access.ReasonRequiredRoles.ShouldBe([Role.Volunteer, Role.Trustee]);
        profile.Consent.ChildInvolvementAge.ShouldBe(12);
        profile.Sharing.LawfulExceptions.ShouldBe([LawfulException.ChildWelfare]);
        profile.Review.PolicyReviewMonths.ShouldBeNull();
        profile.Declarations.ShouldBe([new RequiredDeclaration(Role.Volunteer, DeclarationKind.ConfidentialityDeclaration)]);
    }

    [Fact]
    public void Parse_MissingKey_NamesKeyPathAndSectionLine()
    {
        var yaml = new ProfileYamlBuilder();
        var line = yaml.LineOf("whose:");

        var error = SingleError(yaml.Remove("form:").Build());

        error.Code.ShouldBe("profile.missing_key");
        error.Field.ShouldBe("consent.form");
        error.Message.ShouldBe($"test.yaml line {line}: missing required key 'consent.form'");
    }

    [Fact]
    public void Parse_UnknownNestedKey_NamesKeyAndLine()
    {
        var yaml = new ProfileYamlBuilder().Replace("coordinator_present_required:", "coordinator_present: true");

        var errors = Errors(yaml.Build());

        var unknown = errors.Single(e => e.Code == "profile.unknown_key");
        unknown.Field.ShouldBe("access.auditor.coordinator_present");
        unknown.Message.ShouldStartWith($"test.yaml line {yaml.LineOf("coordinator_present:")}: unknown key 'access.auditor.coordinator_present'");
        errors.ShouldContain(e => e.Code == "profile.missing_key" && e.Field == "access.auditor.coordinator_present_required");
    }

    [Fact]
    public void Parse_WrongType_NamesKeyLineAndValue()
    {
        var yaml = new ProfileYamlBuilder().Replace("child_involvement_age:", "child_involvement_age: twelve");

        var error = SingleError(yaml.Build());

        error.Code.ShouldBe("profile.invalid_value");
        error.Message.ShouldBe($"test.yaml line {yaml.LineOf("child_involvement_age:")}: " +
            "'consent.child_involvement_age' must be a whole number between 0 and 18, or null (got 'twelve')");
    }

    [Theory]
    [InlineData("secondary_suppression: yes", "anonymisation.secondary_suppression", "must be true or false (got 'yes')")]
    [InlineData("suppression_threshold: -1", "anonymisation.suppression_threshold", "must be a whole number between 0 and 100 (got '-1')")]
    [InlineData("lawful_exceptions: child_welfare", "sharing.lawful_exceptions", "must be a list (write [] for none) (got 'child_welfare')")]
    [InlineData("name: [a, b]", "name", "must be text (got a list)")]
    public void Parse_WrongType_IsInvalidValue(string replacement, string field, string expected)
    {
        var yaml = new ProfileYamlBuilder().Replace(replacement[..(replacement.IndexOf(':', StringComparison.Ordinal) + 1)], replacement);

        var error = SingleError(yaml.Build());

        error.Field.ShouldBe(field);
        error.Message.ShouldBe($"test.yaml line {yaml.LineOf(replacement)}: '{field}' {expected}");
    }

    [Fact]
    public void Parse_UnknownEnumValue_ListsAllowedValues()
    {
        var yaml = new ProfileYamlBuilder().Replace("lawful_exceptions:", "lawful_exceptions: [child_welfare, gut_feeling]");

        var error = SingleError(yaml.Build());

        error.Field.ShouldBe("sharing.lawful_exceptions");
        error.Message.ShouldStartWith($"test.yaml line {yaml.LineOf("lawful_exceptions:")}: unknown value 'gut_feeling' in sharing.lawful_exceptions (allowed: child_welfare, ");
        error.Message.ShouldContain("police_prevent_detect_crime");
    }

    [Fact]
    public void Parse_UnknownRole_NamesListAndKnownRoles()
    {
        var yaml = new ProfileYamlBuilder().Replace("reason_required_roles:", "reason_required_roles: [volunter]");

        var error = SingleError(yaml.Build());

        error.Message.ShouldBe($"test.yaml line {yaml.LineOf("reason_required_roles:")}: unknown role 'volunter' in access.reason_required_roles " +
            $"(known roles: {string.Join(", ", RoleNames.All)})");
    }

    [Fact]
    public void Parse_ManyProblems_ReportsEveryOneInLineOrder()
    {
        var yaml = new ProfileYamlBuilder()
            .Replace("version:", "version: one")
            .Replace("court:", "court: ask_nicely")
            .Replace("- {role:", "- {role: janitor, declaration: confidentiality_declaration}");

        var errors = Errors(yaml.Build());

        errors.Select(e => e.Field).ShouldBe(["version", "external_requests.court", "declarations[0].role"]);
    }

    [Fact]
    public void Parse_MalformedYaml_GivesSyntaxErrorWithLine()
    {
        var yaml = new ProfileYamlBuilder().Replace("form:", "form: [written");

        var error = SingleError(yaml.Build());

        error.Code.ShouldBe("profile.yaml_syntax");
        error.Message.ShouldBe($"test.yaml line {yaml.LineOf("form:")}: the YAML is not well formed: a '[', '{{' or quote here is not closed");
    }

    [Fact]
    public void Parse_BadIndentation_GivesSyntaxErrorWithLine()
    {
        var error = SingleError("id: test\nname: x\n  version: 1\n");

        error.Code.ShouldBe("profile.yaml_syntax");
        error.Message.ShouldStartWith("test.yaml line 3: the YAML is not well formed: ");
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("---\n")]
    public void Parse_EmptyDocument_SaysSoOnLineOne(string yaml)
    {
        var error = SingleError(yaml);

        error.Code.ShouldBe("profile.empty");
        error.Message.ShouldStartWith("test.yaml line 1: the profile is empty; expected the keys id, name, version");
    }

    [Fact]
    public void Parse_ScalarDocument_MustBeAMapping() =>
        SingleError("just some words").Message.ShouldStartWith("test.yaml line 1: the profile must be a mapping of keys");

    [Fact]
    public void Parse_DuplicateKey_IsACleanError()
    {
        var yaml = new ProfileYamlBuilder().Replace("name:", "id: again");

        var error = SingleError(yaml.Build());

        error.Code.ShouldBe("profile.yaml_syntax");
        error.Message.ShouldBe($"test.yaml line {yaml.LineOf("id: again")}: the YAML is not well formed: Duplicate key id");
    }

    private static IReadOnlyList<Confide.Core.Common.ValidationError> Errors(string yaml)
    {
        var result = ProfileParser.Parse(yaml, Source);
        result.Succeeded.ShouldBeFalse();
        return result.Errors;
    }

    private static Confide.Core.Common.ValidationError SingleError(string yaml) => Errors(yaml).ShouldHaveSingleItem();
}
