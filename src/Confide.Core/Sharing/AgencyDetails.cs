using Confide.Core.Common;

namespace Confide.Core.Sharing;

/// <summary>What a person enters to put an agency on the register, or to change its entry.</summary>
/// <param name="Name">The agency's name (an organisation, not a person).</param>
/// <param name="Category">What kind of body it is.</param>
/// <param name="LegitimateInterest">Why it may receive information about families (SUF-22).</param>
/// <param name="SharingAgreement">The sharing agreement's reference, when there is one (CHS joint working protocols).</param>
/// <param name="AppropriateAuthority">True when protection concerns go to it (LEI-02).</param>
public sealed record AgencyDetails(string Name, AgencyCategory Category, string LegitimateInterest, string? SharingAgreement, bool AppropriateAuthority)
{
    /// <summary>The problems with these details; empty when they can be saved.</summary>
    public IReadOnlyList<ValidationError> Validate() => new Validator()
        .Text(Name, "name", "agency's name", FieldLimits.Label)
        .Text(LegitimateInterest, "legitimateInterest", "agency's legitimate interest (why it may receive information about families)", FieldLimits.Reason)
        .Text(SharingAgreement, "sharingAgreement", "sharing agreement reference", FieldLimits.Label, required: false)
        .When(!Enum.IsDefined(Category), "category", "invalid", "Choose what kind of body the agency is.")
        .Errors;

    /// <summary>The same details with surrounding spaces removed.</summary>
    public AgencyDetails Trimmed() => this with
    {
        Name = Name.Trim(),
        LegitimateInterest = LegitimateInterest.Trim(),
        SharingAgreement = string.IsNullOrWhiteSpace(SharingAgreement) ? null : SharingAgreement.Trim(),
    };
}
