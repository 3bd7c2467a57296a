using System.Text.RegularExpressions;

namespace Confide.Web.Tests.Sharing;

/// <summary>Posts a page's form with repeated fields (checkboxes), the way a browser without JavaScript would.</summary>
public static partial class SharingForms
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        var html = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        var token = Token().Match(html);
        token.Success.ShouldBeTrue($"{page} has no anti-forgery token");
        using var content = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token.Groups[1].Value)]);
        return await client.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    /// <summary>A complete share on the child-welfare exception through the portal, family told afterwards.</summary>
    public static List<KeyValuePair<string, string>> Share(Guid agencyId, params string[] items)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.Purpose", "safeguarding"),
            new("Input.AgencyId", agencyId.ToString()),
            new("Input.RecipientName", "Priya Natarajan"),
            new("Input.Basis", "exception"),
            new("Input.Exception", "child_welfare"),
            new("Input.ExceptionJustification", "Bruising seen at the visit."),
            new("Input.Rationale", "The child's safety comes first."),
            new("Input.AccuracyChecked", "true"),
            new("Input.FamilyTold", "after"),
            new("Input.Channel", "secure_portal"),
            new("Input.Outcome", "shared"),
        };
        fields.AddRange(items.Select(i => new KeyValuePair<string, string>("Input.Items", i)));
        return fields;
    }
}
