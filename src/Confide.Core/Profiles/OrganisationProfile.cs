namespace Confide.Core.Profiles;

/// <summary>
/// Everything that differs between organisations (SPEC C13), read from a versioned YAML profile. The rules
/// of the core consult a profile instead of hard-coding one charity's policy.
/// </summary>
/// <param name="Id">A short lowercase identifier, e.g. <c>suffolk</c>.</param>
/// <param name="Name">The organisation's name as people know it.</param>
/// <param name="Version">The profile's version; raised on every change so decisions can cite it.</param>
/// <param name="Source">The policy document the values come from.</param>
/// <param name="Access">Who must give a reason or sign when opening a file, and who may see personnel data.</param>
/// <param name="Consent">Whose consent is needed, in what form, and when children take part.</param>
/// <param name="Sharing">The lawful exceptions to consent and the duties around a share.</param>
/// <param name="ExternalRequests">How court and police requests are answered.</param>
/// <param name="Retention">How long records are kept.</param>
/// <param name="Anonymisation">Small-number suppression and rounding for statistics.</param>
/// <param name="Review">How often the policy is reviewed.</param>
/// <param name="Declarations">The signed declarations each role needs before seeing records.</param>
public sealed record OrganisationProfile(
    string Id,
    string Name,
    int Version,
    PolicySource Source,
    AccessRules Access,
    ConsentRules Consent,
    SharingRules Sharing,
    ExternalRequestRules ExternalRequests,
    RetentionRules Retention,
    AnonymisationRules Anonymisation,
    ReviewRules Review,
    IReadOnlyList<RequiredDeclaration> Declarations);
