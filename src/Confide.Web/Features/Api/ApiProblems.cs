using Confide.Core.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Confide.Web.Features.Api;

/// <summary>The API's RFC 9457 problem details, each with a sentence a person can act on.</summary>
internal static class ApiProblems
{
    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem($"There is no {what} with this id that you can see.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult Forbidden(string detail, string? rule = null) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
            extensions: rule is null ? null : new Dictionary<string, object?> { ["rule"] = rule });

    public static ProblemHttpResult ReasonRequired(Confide.Core.Families.FamilyId id) =>
        TypedResults.Problem(
            $"Your organisation asks for a reason before this file opens. POST {{\"purpose\": \"case-work\", \"detail\": \"...\"}} to /api/v1/families/{id}/reason, then ask again.",
            statusCode: StatusCodes.Status403Forbidden, title: "Reason required", type: "https://confide.example/problems/reason-required",
            extensions: new Dictionary<string, object?> { ["rule"] = "reason-required" });

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");

    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");

    public static ProblemHttpResult SignedOut() =>
        TypedResults.Problem("The account behind this token is not active.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");

    /// <summary>400 with <c>errors</c> keyed by field (messages) and <c>codes</c> keyed by field (stable codes).</summary>
    public static ValidationProblem Invalid(IReadOnlyList<ValidationError> errors, string summary)
    {
        var byField = errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
        var codes = errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Code).ToArray());
        var detail = errors.Count == 1 ? $"{summary}: {errors[0].Message}" : $"{summary}: {errors.Count} problems, listed in 'errors'.";
        return TypedResults.ValidationProblem(byField, detail, title: "The request has problems",
            extensions: new Dictionary<string, object?> { ["codes"] = codes });
    }
}
