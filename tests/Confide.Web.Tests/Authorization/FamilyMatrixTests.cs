using System.Text.Json;
using Confide.Core.Audit;
using Confide.Core.Staff;
using Confide.Data.Storage;

namespace Confide.Web.Tests.Authorization;

/// <summary>
/// Every cell of <see cref="FamilyMatrix"/> on both engines: the status, that nothing of the family shows where the
/// file is refused or hidden, and that the opening or refusal is on the file's record of access; and every cell of
/// <see cref="SharingMatrix"/> (the read endpoints of consent and information sharing) the same way.
/// </summary>
[Collection(AuthorizationCollection.Name)]
public sealed class FamilyMatrixTests(AuthorizationWorlds worlds)
{
    private static readonly Dictionary<string, FamilyCase> ByName = FamilyMatrix.Rows
        .SelectMany(row => Enum.GetValues<FamilyEndpoint>().Where(e => !e.IsSharing()).Select(endpoint => new FamilyCase(row.Role, row.Relationship, endpoint,
            endpoint.IsList() ? null : row.Expected(endpoint), endpoint.IsList() ? row.ExpectedListing(endpoint) : null)))
        .Concat(SharingMatrix.Rows.SelectMany(row => Enum.GetValues<FamilyEndpoint>().Where(e => e.IsSharing())
            .Select(endpoint => new FamilyCase(row.Role, row.Relationship, endpoint, row.Expected(endpoint), null))))
        .ToDictionary(c => c.Name);

    public static TheoryData<DatabaseProvider, MatrixCase> Cases => MatrixCase.OnEveryProvider(ByName.Keys);

    [Theory, MemberData(nameof(Cases))]
    public async Task FamilyFile_AsTheMatrixSays(DatabaseProvider provider, MatrixCase @case)
    {
        var world = await worlds.ForAsync(provider);
        var row = ByName[@case.Name];
        var endpoint = row.Endpoint;
        var person = world.Person(row.Role, row.Relationship);
        var file = world.FileFor(row.Relationship);
        var head = await world.AuditHeadAsync();

        using var response = await endpoint.SendAsync(world, person, file);
        var body = await response.Content.ReadAsStringAsync();
        var entries = await world.AuditSinceAsync(head, world.OrganisationOf(row.Relationship), person, "family", file.Family.Id.Value);

        if (endpoint.IsList())
        {
            ListingShouldBe(row.Listing!.Value, endpoint, response, body, file.Family.Id.Value, entries);
            return;
        }

        var expected = row.Expected!.Value;
        var status = (int)response.StatusCode;
        status.ShouldBe(endpoint.Status(expected), Verdict(expected, status, endpoint));
        FamilyContent.ShouldShowAsExpected(expected, endpoint, response, body, file);
        if (expected != Outcome.Hidden || row.Relationship == Relationship.Excluded)
        {
            // Hidden by a conflict of interest is still a refusal on the record; another organisation's request never reaches the file.
            RecordShouldHold(entries, expected == Outcome.Open ? AuditOutcome.Allowed : AuditOutcome.Refused, endpoint.AuditedAs()!.Value);
        }
    }

    [Fact]
    public void Matrix_NamesEveryRoleWithNoRelationshipAnExclusionAndAnotherOrganisation()
    {
        var roles = new[] { Role.Coordinator, Role.Volunteer, Role.SchemeManager, Role.SafeguardingLead, Role.Trustee, Role.ExternalAuditor, Role.Contractor, Role.Administrator, Role.ChiefOfficer };
        foreach (var role in roles)
        {
            foreach (var relationship in new[] { Relationship.None, Relationship.Excluded, Relationship.OtherOrganisation })
            {
                FamilyMatrix.Rows.ShouldContain(r => r.Role == role && r.Relationship == relationship, $"{role.Name()} · {relationship.Name()}");
            }
        }

        FamilyMatrix.Rows.Select(r => (r.Role, r.Relationship)).ShouldBeUnique();
        FamilyMatrix.Rows.Where(r => r.Relationship is Relationship.Excluded or Relationship.OtherOrganisation)
            .ShouldAllBe(r => r.FilePage == Outcome.Hidden && r.ApiFile == Outcome.Hidden && r.Search == Found.Unlisted && r.Caseload == Found.Unlisted);
    }

    [Fact]
    public void SharingMatrix_NamesEveryPersonOfTheFamilyMatrix()
    {
        SharingMatrix.Rows.Select(r => (r.Role, r.Relationship)).ShouldBe(FamilyMatrix.Rows.Select(r => (r.Role, r.Relationship)), ignoreOrder: true);
        SharingMatrix.Rows.Where(r => r.Relationship is Relationship.Excluded or Relationship.OtherOrganisation)
            .ShouldAllBe(r => Enum.GetValues<FamilyEndpoint>().Where(e => e.IsSharing()).All(e => r.Expected(e) == Outcome.Hidden));
    }

    /// <summary>One cell: a person, an endpoint, and the outcome (file endpoints) or listing (lists) expected.</summary>
    private sealed record FamilyCase(Role Role, Relationship Relationship, FamilyEndpoint Endpoint, Outcome? Expected, Found? Listing)
    {
        public string Name =>
            $"{Endpoint.Label()} · {Role.Name()} · {Relationship.Name()} → " +
            (Listing is { } found ? (found == Found.Listed ? "listed" : "not listed") : Endpoint.Status(Expected!.Value).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string Verdict(Outcome expected, int status, FamilyEndpoint endpoint)
    {
        var allowed = status is >= 200 and < 400 && !(status == 302 && endpoint != FamilyEndpoint.NoteOnPage);
        return (expected, allowed) switch
        {
            (not Outcome.Open, true) => $"UNEXPECTED ALLOW: expected {expected}, got {status}",
            (Outcome.Open, false) => $"UNEXPECTED REFUSAL: expected {expected}, got {status}",
            _ => $"WRONG KIND OF ANSWER: expected {expected}, got {status}",
        };
    }

    private static void ListingShouldBe(Found expected, FamilyEndpoint endpoint, HttpResponseMessage response, string body, Guid family, IReadOnlyList<AuditEntry> entries)
    {
        ((int)response.StatusCode).ShouldBe(200);
        var listed = endpoint == FamilyEndpoint.Search
            ? body.Contains($"href=\"/families/{family:D}\"", StringComparison.Ordinal)
            : JsonDocument.Parse(body).RootElement.EnumerateArray().Any(s => s.GetProperty("id").GetGuid() == family);
        listed.ShouldBe(expected == Found.Listed, expected == Found.Listed ? "UNEXPECTED REFUSAL: the family is missing from the list" : "UNEXPECTED ALLOW: the family is in the list");
        if (endpoint == FamilyEndpoint.Search)
        {
            // Each family shown in search results is a discovery on its record; one not shown leaves no allowance.
            entries.Count(e => e.Event.Outcome == AuditOutcome.Allowed).ShouldBe(listed ? 1 : 0, "discoveries on the record of access");
            if (listed)
            {
                RecordShouldHold(entries, AuditOutcome.Allowed, endpoint.AuditedAs()!.Value);
            }
        }
    }

    private static void RecordShouldHold(IReadOnlyList<AuditEntry> entries, AuditOutcome outcome, (string Action, string Part) audited)
    {
        entries.ShouldNotBeEmpty($"no entry on the record of access for this {(outcome == AuditOutcome.Allowed ? "opening" : "refusal")}");
        entries.ShouldAllBe(e => e.Event.Outcome == outcome,
            $"the record of access says {string.Join(", ", entries.Select(e => $"{e.Event.Action}/{e.Event.Part}: {e.Event.Outcome} ({e.Event.Rule})"))}, expected {outcome}");
        entries.ShouldContain(e => e.Event.Action == audited.Action && e.Event.Part == audited.Part,
            $"expected an entry {audited.Action}/{audited.Part}; found {string.Join(", ", entries.Select(e => $"{e.Event.Action}/{e.Event.Part}"))}");
    }
}
