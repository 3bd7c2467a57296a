namespace Confide.Core.Fields;

/// <summary>
/// Every personal field of a family file with its stated purpose. A test keeps this catalogue and the stored
/// model in step, so a field cannot be added without saying why it is needed.
/// </summary>
public static class FieldCatalogue
{
    /// <summary>All fields.</summary>
    public static IReadOnlyList<FieldDefinition> All { get; } =
    [
        new("family.address", "To visit the family at home and write to them.", Encrypted: true, SpecialCategory: false, InVolunteerView: true),
        new("family.postcode", "To find the family's file and to report support by coarse area.", true, false, true),
        new("member.givenName", "To know whom the scheme supports and address them properly.", true, false, true),
        new("member.familyName", "To know whom the scheme supports and find their file.", true, false, true),
        new("member.dateOfBirth", "To know children's ages (child involvement, safeguarding, retention) and adults' eligibility.", true, false, false),
        new("member.health", "To support the family safely where a health condition affects the support (with explicit consent).", true, true, false),
        new("member.ethnicity", "Equal-opportunities monitoring reported to funders only in anonymised form (with explicit consent).", true, true, false),
        new("member.religion", "To respect a family's beliefs in how support is given (with explicit consent).", true, true, false),
        new("referral.referrer", "To tell the referrer when support starts and ends, with the family's consent.", false, false, false),
        new("referral.reason", "To understand the family's needs and plan the support.", true, false, false),
        new("note.text", "The record of contact and visits on which support decisions rely.", true, false, false),
    ];

    /// <summary>Looks a field up by name; null when it is not in the catalogue.</summary>
    public static FieldDefinition? Find(string name) => All.FirstOrDefault(f => f.Name == name);
}
