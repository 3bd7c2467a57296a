using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Confide.Web.Features.Api;

/// <summary>
/// Reads a JSON request body, turning malformed JSON, a wrong content type or an empty body into a 400/415
/// problem with a clear message (the framework's own binding answers those with an empty 400).
/// </summary>
internal static class ApiJson
{
    public sealed record Body<T>(T? Value, ProblemHttpResult? Problem);

    public static async Task<Body<T>> ReadAsync<T>(HttpRequest request, CancellationToken ct) where T : class
    {
        if (!request.HasJsonContentType())
        {
            return new(null, TypedResults.Problem("Send the request body as JSON, with 'Content-Type: application/json'.",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type"));
        }

        try
        {
            var value = await request.ReadFromJsonAsync<T>(ct);
            return value is null
                ? new(null, ApiProblems.BadRequest("The request body is empty or null; send a JSON object."))
                : new(value, null);
        }
        catch (JsonException ex)
        {
            return new(null, ApiProblems.BadRequest(
                $"The request body is not valid JSON, or a value has the wrong type, at '{ex.Path ?? "$"}' (line {(ex.LineNumber ?? 0) + 1}). " +
                "Check quotes, commas and brackets, and write dates as 2026-11-21."));
        }
    }
}
