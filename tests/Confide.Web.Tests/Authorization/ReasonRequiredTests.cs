using System.Net.Http.Json;
using System.Text.Json;
using Confide.Core.Access;
using Confide.Core.Audit;
using Confide.Core.Staff;
using Confide.Data.Access;
using Confide.Data.Storage;
using static Confide.Web.Tests.Authorization.Relationship;

namespace Confide.Web.Tests.Authorization;

/// <summary>Every row of <see cref="ReasonMatrix"/> on both engines, each with a person of its own in the Prompting organisation.</summary>
[Collection(AuthorizationCollection.Name)]
public sealed class ReasonRequiredTests(AuthorizationWorlds worlds)
{
    private static readonly Dictionary<string, ReasonRow> ByName = ReasonMatrix.Rows.ToDictionary(r =>
        $"{r.Role.Name()} · {r.Relationship.Name()}: page {r.PageBefore}, API {r.ApiBefore}; reason '{r.Purpose}' → {r.GiveReason}; then API {r.ApiAfter}, page {r.PageAfter}");

    public static TheoryData<DatabaseProvider, MatrixCase> Cases => MatrixCase.OnEveryProvider(ByName.Keys);

    [Theory, MemberData(nameof(Cases))]
    public async Task OpeningOnAProfileThatAsksForReasons_AsTheTableSays(DatabaseProvider provider, MatrixCase @case)
    {
        var world = await worlds.ForAsync(provider);
        var row = ByName[@case.Name];
        var person = await PersonAsync(world, row.Role, row.Relationship);
        var id = world.PromptingFamily.Family.Id;
        var (page, api) = (world.ClientFor(person), await world.ApiClientForAsync(person));
        var (pageUri, apiUri) = (new Uri($"/families/{id}", UriKind.Relative), new Uri($"/api/v1/families/{id}", UriKind.Relative));
        var detail = $"Matrix: reason of a {row.Role.Name()}.";
        var head = await world.AuditHeadAsync();

        var found = await api.GetStringAsync(new Uri("/api/v1/families?search=Quillfeather", UriKind.Relative));
        JsonDocument.Parse(found).RootElement.EnumerateArray().Any(s => s.GetProperty("id").GetGuid() == id.Value).ShouldBe(row.Search == Found.Listed, "search, before any reason");
        await PageShouldBeAsync(await page.GetAsync(pageUri), row.PageBefore, id.Value, "page before the reason");
        await ApiShouldBeAsync(await api.GetAsync(apiUri), row.ApiBefore, "API before the reason");
        var before = await ReadsSinceAsync(world, head, person, id.Value);
        if (row.ApiBefore == Step.Opens)
        {
            // LEI-16: paid staff are logged automatically, without a prompt.
            before.Count.ShouldBe(2);
            before.ShouldAllBe(e => e.Event.Outcome == AuditOutcome.Allowed && e.Event.Purpose == null);
        }
        else
        {
            before.ShouldNotContain(e => e.Event.Outcome == AuditOutcome.Allowed, "nothing opened before the reason");
        }

        var given = await api.PostAsJsonAsync(new Uri($"/api/v1/families/{id}/reason", UriKind.Relative), new { purpose = row.Purpose, detail });
        ((int)given.StatusCode).ShouldBe(row.GiveReason switch { Step.Opens => 204, Step.Refused => 403, _ => 404 }, "giving the reason");
        var reason = (await world.AuditSinceAsync(head, world.Prompting.Id, person, "family", id.Value)).Where(e => e.Event.Action == "reason").ToList();
        reason.ShouldHaveSingleItem("the reason given is on the record of access").Event.Outcome
            .ShouldBe(row.GiveReason == Step.Opens ? AuditOutcome.Allowed : AuditOutcome.Refused);

        var afterReason = await world.AuditHeadAsync();
        await ApiShouldBeAsync(await api.GetAsync(apiUri), row.ApiAfter, "API after the reason");
        await PageShouldBeAsync(await page.GetAsync(pageUri), row.PageAfter, id.Value, "page after the reason");
        var reads = await ReadsSinceAsync(world, afterReason, person, id.Value);
        if (row.ApiAfter == Step.Opens)
        {
            // SUF-04, LEI-16: the opening is signed with the reason.
            reads.Count.ShouldBe(2);
            reads.ShouldAllBe(e => e.Event.Outcome == AuditOutcome.Allowed && e.Event.Purpose == row.Purpose && e.Event.Reason == detail);
        }
        else
        {
            reads.ShouldAllBe(e => e.Event.Outcome == AuditOutcome.Refused);
        }
    }

    private static async Task<List<AuditEntry>> ReadsSinceAsync(AuthorizationWorld world, long after, UserId person, Guid family) =>
        (await world.AuditSinceAsync(after, world.Prompting.Id, person, "family", family)).Where(e => e.Event.Action == "read").ToList();

    private static async Task PageShouldBeAsync(HttpResponseMessage response, Step expected, Guid family, string when)
    {
        var status = (int)response.StatusCode;
        status.ShouldBe(expected switch { Step.Opens => 200, Step.AsksReason => 302, Step.Refused => 403, _ => 404 }, when);
        if (expected == Step.AsksReason)
        {
            response.Headers.Location?.OriginalString.ShouldBe($"/families/{family:D}/reason", when);
        }

        if (expected != Step.Opens)
        {
            (await response.Content.ReadAsStringAsync()).ShouldNotContain("Quillfeather", Case.Sensitive, when);
        }
    }

    private static async Task ApiShouldBeAsync(HttpResponseMessage response, Step expected, string when)
    {
        var status = (int)response.StatusCode;
        status.ShouldBe(expected switch { Step.Opens => 200, Step.AsksReason or Step.Refused => 403, _ => 404 }, when);
        if (expected is Step.AsksReason or Step.Refused)
        {
            var rule = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("rule").GetString();
            if (expected == Step.AsksReason)
            {
                rule.ShouldBe("reason-required", when);
            }
            else
            {
                rule.ShouldNotBe("reason-required", when);
            }
        }
    }

    /// <summary>A new account of the Prompting organisation, related to its file as the row says.</summary>
    private static async Task<UserId> PersonAsync(AuthorizationWorld world, Role role, Relationship relationship)
    {
        if (role == Role.Coordinator && relationship == Assigned)
        {
            return world.PromptingCoordinator;
        }

        var person = await world.AccountAsync(world.Prompting, role, $"prompting.{role.Name()}.{relationship}".ToLowerInvariant());
        var relate = new AuthorizationRelationships(world, world.Prompting.Id, world.PromptingManager);
        var file = world.PromptingFamily.Family.Id;
        switch (relationship)
        {
            case Matched:
                await relate.MatchAsync(file, person);
                break;
            case MatchEnded:
                await relate.MatchAsync(file, person, AuthorizationRelationships.Today.AddDays(-1));
                break;
            case Excluded:
                await relate.MatchAsync(file, person);
                await relate.ExcludeAsync(person, ExclusionTarget.Family(file));
                break;
            case Supervising:
                await relate.LineManageAsync(world.PromptingCoordinator, person);
                break;
            case SpotCheckGranted:
                await relate.GrantAsync(GrantKind.TrusteeSpotCheck, person, file);
                break;
            case SampleWithoutCoordinator:
                await relate.GrantAsync(GrantKind.AuditorSample, person, file);
                break;
            case GrantedWithUndertaking:
                await relate.UndertakingAsync(await relate.GrantAsync(GrantKind.ContractorIncidental, person, file));
                break;
            case GrantedWithoutUndertaking:
                await relate.GrantAsync(GrantKind.ContractorIncidental, person, file);
                break;
        }

        return person;
    }
}
