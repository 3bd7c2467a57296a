namespace Confide.Core.Tests.Profiles;

/// <summary>A small valid profile, edited line by line to make the bad cases; line numbers are stable.</summary>
internal sealed class ProfileYamlBuilder
{
    private const string Valid = """
        id: test
        name: Test Scheme
        version: 1
        source:
          title: Test policy
          date: 1 Jan 2025
        access:
          reason_required_roles: [volunteer, trustee]
          signature_required_roles: []
          record_of_access_files: [family]
          auditor:
            allowed: true
            coordinator_present_required: false
          personnel_file_roles: [chief_officer]
        consent:
          whose: [parents]
          form: written
          special_category_requires_explicit_written: true
          child_involvement_age: 12
          granularity: per_share
        sharing:
          lawful_exceptions: [child_welfare]
          disclosable_offences: []
          family_told: before
          uninformed_reasons: []
          record_decisions_not_to_share: true
          advice_before_sharing: [manager]
          secure_transmission: [secure_channel]
        external_requests:
          court: subpoena_required
          police: not_stated
          trustees_notified: true
        retention:
          family_file_years_after_support_end: 6
          child_protection_until_youngest_age: 25
          volunteer_notes: with_family_file
          personnel_years: 6
        anonymisation:
          suppression_threshold: 7
          rounding_base: 5
          secondary_suppression: true
        review:
          policy_review_months: null
        declarations:
          - {role: volunteer, declaration: confidentiality_declaration}
        """;

    private readonly List<string> _lines = [.. Valid.Split('\n')];

    /// <summary>Replaces the line that starts (after indentation) with <paramref name="startsWith"/>.</summary>
    public ProfileYamlBuilder Replace(string startsWith, string newContent)
    {
        var i = IndexOf(startsWith);
        _lines[i] = _lines[i][..(_lines[i].Length - _lines[i].TrimStart().Length)] + newContent;
        return this;
    }

    public ProfileYamlBuilder Remove(string startsWith)
    {
        _lines.RemoveAt(IndexOf(startsWith));
        return this;
    }

    /// <summary>The 1-based line number of the line starting with <paramref name="startsWith"/>.</summary>
    public int LineOf(string startsWith) => IndexOf(startsWith) + 1;

    public string Build() => string.Join('\n', _lines);

    private int IndexOf(string startsWith)
    {
        var i = _lines.FindIndex(l => l.TrimStart().StartsWith(startsWith, StringComparison.Ordinal));
        return i >= 0 ? i : throw new ArgumentException($"No line starts with '{startsWith}'.", nameof(startsWith));
    }
}
