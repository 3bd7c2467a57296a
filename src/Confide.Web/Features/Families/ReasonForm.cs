using Confide.Core.Access;
using Confide.Core.Common;

namespace Confide.Web.Features.Families;

/// <summary>The reason form shared by family and personnel files, and its checks.</summary>
public sealed record ReasonForm(IReadOnlyList<ValidationError> Errors, AccessPurpose? Purpose, string? Detail, string Button)
{
    /// <summary>The errors in a purpose and detail given on a form, none when they make a reason.</summary>
    public static IReadOnlyList<ValidationError> Check(AccessPurpose? purpose, string? detail)
    {
        var errors = new List<ValidationError>();
        if (purpose is null || !Enum.IsDefined(purpose.Value) || purpose == AccessPurpose.Emergency)
        {
            errors.Add(new ValidationError("purpose", "required", "Choose why you are opening this file."));
        }
        else if (purpose == AccessPurpose.Other && string.IsNullOrWhiteSpace(detail))
        {
            errors.Add(new ValidationError("detail", "required", "Say in a few words why you are opening this file."));
        }

        if (detail?.Length > ReasonModel.MaxDetail)
        {
            errors.Add(new ValidationError("detail", "too_long", $"Keep the reason to {ReasonModel.MaxDetail} characters or fewer (it has {detail.Length:N0})."));
        }

        return errors;
    }
}
