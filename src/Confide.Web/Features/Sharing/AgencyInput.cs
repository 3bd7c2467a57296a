using Confide.Core.Common;
using Confide.Core.Sharing;

namespace Confide.Web.Features.Sharing;

/// <summary>An agency's entry as a form or a JSON body sends it; the category as its snake_case code.</summary>
public sealed class AgencyInput
{
    public string? Name { get; set; }
    public string? Category { get; set; }
    public string? LegitimateInterest { get; set; }
    public string? SharingAgreement { get; set; }
    public bool? AppropriateAuthority { get; set; }

    /// <summary>The details, or the problems with them (an unknown category among them).</summary>
    public Result<AgencyDetails> Read()
    {
        var errors = new List<ValidationError>();
        var category = SharingDraftInput.Choice<AgencyCategory>(Category, "category", errors);
        if (category is null && errors.Count == 0)
        {
            errors.Add(new ValidationError("category", "required", "Choose what kind of body the agency is."));
        }

        var details = new AgencyDetails(Name ?? "", category ?? AgencyCategory.Other, LegitimateInterest ?? "", SharingAgreement, AppropriateAuthority ?? false);
        errors.AddRange(details.Validate().Where(e => e.Field != "category"));
        return errors.Count > 0 ? Result<AgencyDetails>.Fail(errors) : Result<AgencyDetails>.Ok(details);
    }

    public static AgencyInput From(Agency a) => new()
    {
        Name = a.Name,
        Category = Core.Profiles.SnakeCase.Name(a.Category),
        LegitimateInterest = a.LegitimateInterest,
        SharingAgreement = a.SharingAgreement,
        AppropriateAuthority = a.AppropriateAuthority,
    };
}
