using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Confide.Web.Tests.Account;

/// <summary>
/// A browser without JavaScript: keeps cookies, does not follow redirects (tests assert on them), and posts forms
/// with the anti-forgery token read from the page it was served on.
/// </summary>
internal sealed partial class BrowserSession(WebApplicationFactory<Program> factory) : IDisposable
{
    private readonly HttpClient _client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<HttpResponseMessage> GetAsync(string path) => await _client.GetAsync(new Uri(path, UriKind.Relative));

    public async Task<string> GetPageAsync(string path)
    {
        var response = await GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {path} was {response.StatusCode} to {response.Headers.Location}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Opens the form's page, then submits the form with <paramref name="fields"/> and the page's token.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string path, params (string Name, string Value)[] fields)
    {
        var token = AntiforgeryToken(await GetPageAsync(path));
        return await PostAsync(path, [.. fields, ("__RequestVerificationToken", token)]);
    }

    public async Task<HttpResponseMessage> PostAsync(string path, params (string Name, string Value)[] fields)
    {
        using var content = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));
        return await _client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    public Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        SubmitAsync("/account/sign-in", ("Email", email), ("Password", password));

    public static string AntiforgeryToken(string html) =>
        TokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("The page has no anti-forgery token.");

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("""<input[^>]*name="__RequestVerificationToken"[^>]*value="([^"]+)"[^>]*>""")]
    private static partial Regex TokenPattern();
}
