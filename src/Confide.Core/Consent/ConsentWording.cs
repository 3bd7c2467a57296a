using System.Globalization;
using Confide.Core.Sharing;

namespace Confide.Core.Consent;

/// <summary>The words used for consents in messages and pages (no names: these sentences may be stored on a share record).</summary>
public static class ConsentWording
{
    /// <summary>A date as people write it: 3 March 2026.</summary>
    public static string Date(DateOnly d) => d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>An agency category in the plural, as in "to Health Visitors".</summary>
    public static string Category(AgencyCategory c) => c switch
    {
        AgencyCategory.HealthVisitor => "Health Visitors",
        AgencyCategory.ChildrensCentre => "Children's Centres",
        AgencyCategory.ChildrensSocialCare => "Children's Social Care",
        AgencyCategory.AdultSocialCare => "Adult Social Care",
        AgencyCategory.School => "schools",
        AgencyCategory.Gp => "GPs",
        AgencyCategory.Police => "the police",
        AgencyCategory.Court => "courts",
        AgencyCategory.Housing => "housing services",
        AgencyCategory.VoluntarySector => "voluntary-sector organisations",
        _ => "other agencies",
    };

    /// <summary>A kind of information in words.</summary>
    public static string Kind(InformationKind k) => k switch
    {
        InformationKind.ContactDetails => "contact details",
        InformationKind.SupportGiven => "the support given",
        InformationKind.ProgressAndCircumstances => "progress and circumstances",
        InformationKind.WelfareConcerns => "welfare concerns",
        InformationKind.SessionNotes => "session notes",
        _ => "special-category information (health, ethnicity, religion)",
    };

    /// <summary>A purpose in words.</summary>
    public static string Purpose(SharingPurpose p) => p switch
    {
        SharingPurpose.ReferrerUpdate => "updates to the referrer",
        SharingPurpose.CoordinatingSupport => "coordinating support",
        SharingPurpose.OnwardReferral => "an onward referral",
        SharingPurpose.Safeguarding => "safeguarding",
        SharingPurpose.MultiAgency => "multi-agency meetings",
        _ => "a legal duty",
    };

    /// <summary>Whom a scope is to: "the referrer", "agencies already involved", "Health Visitors" or "the agency named".</summary>
    public static string Recipient(ConsentScope scope, string? agencyName = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Kind switch
        {
            ConsentScopeKind.GeneralReferrer => "the referrer",
            ConsentScopeKind.GeneralInvolvedAgencies => "agencies already involved",
            _ when scope.Category is { } c => Category(c),
            _ => agencyName ?? "the agency named",
        };
    }

    /// <summary>"The consent of 3 March 2026 to Health Visitors".</summary>
    public static string Describe(ConsentRecord consent)
    {
        ArgumentNullException.ThrowIfNull(consent);
        return $"The consent of {Date(consent.GivenOn)} to {Recipient(consent.Scope)}";
    }

    /// <summary>A list in words: "a, b and c".</summary>
    public static string List(IEnumerable<string> items)
    {
        var all = items.ToList();
        return all.Count <= 1 ? string.Concat(all) : string.Join(", ", all.Take(all.Count - 1)) + " and " + all[^1];
    }
}
