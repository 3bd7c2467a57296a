using System.Text.Json;
using Confide.Core.Families;
using Confide.Data.Tests.Infrastructure;

namespace Confide.Web.Tests.Authorization;

/// <summary>What a person observes of a family in an answer: the file where it opens, nothing of it where it does not.</summary>
internal static class FamilyContent
{
    public static void ShouldShowAsExpected(Outcome expected, FamilyEndpoint endpoint, HttpResponseMessage response, string body, FamilyFile file)
    {
        var id = file.Family.Id;
        if (expected == Outcome.Open)
        {
            switch (endpoint)
            {
                case FamilyEndpoint.FilePage or FamilyEndpoint.ApiFile:
                    body.ShouldContain(file.Family.Members[0].FamilyName);
                    break;
                case FamilyEndpoint.RecordOfAccessPage:
                    body.ShouldContain("<h1 class=\"govuk-heading-l\">Record of access</h1>");
                    break;
                case FamilyEndpoint.WhoCanSeePage:
                    body.ShouldContain("<h1 class=\"govuk-heading-l\">Who can see this file</h1>");
                    break;
                case FamilyEndpoint.NoteOnPage:
                    response.Headers.Location?.OriginalString.ShouldBe($"/families/{id}");
                    break;
                case FamilyEndpoint.ApiRecordOfAccess:
                    JsonDocument.Parse(body).RootElement.GetArrayLength().ShouldBeGreaterThan(0);
                    break;
                case FamilyEndpoint.ConsentPage:
                    body.ShouldContain("<h1 class=\"govuk-heading-l\">Consent and privacy notice</h1>");
                    break;
                case FamilyEndpoint.DisclosureLogPage:
                    body.ShouldContain("<h1 class=\"govuk-heading-l\">Disclosure log</h1>");
                    break;
                case FamilyEndpoint.SharesPage:
                    body.ShouldContain("<h1 class=\"govuk-heading-l\">Information shared through the secure portal</h1>");
                    break;
                case FamilyEndpoint.LettersPage:
                    body.ShouldContain("<h1 class=\"govuk-heading-l\">Letters to the referrer</h1>");
                    break;
                case FamilyEndpoint.ApiShareableItems:
                    // The file's items one by one, the family's names among them.
                    JsonDocument.Parse(body).RootElement.GetArrayLength().ShouldBeGreaterThan(0);
                    body.ShouldContain(file.Family.Members[0].FamilyName);
                    break;
                case FamilyEndpoint.ApiConsents or FamilyEndpoint.ApiSharingDecisions or FamilyEndpoint.ApiShares:
                    // The world's file has none yet: an empty list, not an error.
                    JsonDocument.Parse(body).RootElement.ValueKind.ShouldBe(JsonValueKind.Array);
                    break;
            }

            return;
        }

        foreach (var secret in Secrets(file))
        {
            body.ShouldNotContain(secret, Case.Insensitive, $"a {(expected == Outcome.Hidden ? "hidden" : "refused")} file's content shows in the answer");
        }

        if (endpoint.IsApi())
        {
            response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
            var problem = JsonDocument.Parse(body).RootElement;
            if (expected == Outcome.Hidden)
            {
                problem.GetProperty("detail").GetString().ShouldBe("There is no family with this id that you can see.");
                problem.TryGetProperty("rule", out _).ShouldBeFalse("a hidden file names no rule: that would tell it from a missing one");
            }
            else if (endpoint != FamilyEndpoint.ApiRecordOfAccess || problem.TryGetProperty("rule", out _))
            {
                problem.GetProperty("rule").GetString().ShouldNotBeNullOrWhiteSpace("a refusal names the rule that made it");
            }
        }
        else if (endpoint == FamilyEndpoint.FilePage)
        {
            body.ShouldContain(expected == Outcome.Hidden ? "Page not found" : "You cannot open this file");
        }
        else if (endpoint.IsSharing() && expected == Outcome.Refused)
        {
            // A refusal other than the two gates is a 403 with the engine's explanation (Core/Access/README.md, Hidden versus 403).
            body.ShouldContain("id=\"refusal-explanation\"", Case.Sensitive, "the refusal does not show the engine's explanation");
        }
    }

    private static IEnumerable<string> Secrets(FamilyFile file) =>
        file.Family.Members.Select(m => m.FamilyName)
            .Append(file.Family.Address.Split(',')[0])
            .Append(file.Family.Postcode)
            .Append(FamilyBuilder.Referral().Reason);
}
