using System.Text.Json;
using Confide.Core.Audit;
using Confide.Core.Staff;
using Confide.Data.Storage;

namespace Confide.Web.Tests.Authorization;

/// <summary>Every cell of <see cref="StaffTaskMatrix"/> and every row of <see cref="PersonnelMatrix"/>, on both engines.</summary>
[Collection(AuthorizationCollection.Name)]
public sealed class StaffMatrixTests(AuthorizationWorlds worlds)
{
    private static readonly Dictionary<string, (StaffTaskRow Row, StaffTaskEndpoint Endpoint)> Tasks = StaffTaskMatrix.Rows
        .SelectMany(row => Enum.GetValues<StaffTaskEndpoint>().Select(endpoint => (Row: row, Endpoint: endpoint)))
        .ToDictionary(c => $"GET {c.Endpoint.Path()} · {c.Row.Role.Name()} → {c.Endpoint.Status(c.Row.Expected(c.Endpoint))}");

    private static readonly Dictionary<string, PersonnelRow> Personnel = PersonnelMatrix.Rows
        .ToDictionary(r => $"GET /staff/{{id}} · {r.Case}: {r.Reader.Name()} ({r.ReaderIs.Name()}) → file of {r.Subject.Name()} ({r.SubjectIs.Name()}) → {Status(r.Expected)}");

    public static TheoryData<DatabaseProvider, MatrixCase> TaskCases => MatrixCase.OnEveryProvider(Tasks.Keys);

    public static TheoryData<DatabaseProvider, MatrixCase> PersonnelCases => MatrixCase.OnEveryProvider(Personnel.Keys);

    [Theory, MemberData(nameof(TaskCases))]
    public async Task AccessControlPage_AsTheMatrixSays(DatabaseProvider provider, MatrixCase @case)
    {
        var world = await worlds.ForAsync(provider);
        var (row, endpoint) = Tasks[@case.Name];
        var person = world.Person(row.Role, Relationship.None);
        var client = endpoint.IsApi() ? await world.ApiClientForAsync(person) : world.ClientFor(person);

        using var response = await client.GetAsync(new Uri(endpoint.Path(), UriKind.Relative));

        var (expected, status) = (row.Expected(endpoint), (int)response.StatusCode);
        status.ShouldBe(endpoint.Status(expected), expected == Outcome.Open ? "UNEXPECTED REFUSAL" : status == 200 ? "UNEXPECTED ALLOW" : "WRONG KIND OF REFUSAL");
        if (expected != Outcome.Open && endpoint.IsApi())
        {
            response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
            JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()
                .ShouldNotBeNullOrWhiteSpace("the API says who may do this");
        }
    }

    [Theory, MemberData(nameof(PersonnelCases))]
    public async Task PersonnelFile_AsTheMatrixSays(DatabaseProvider provider, MatrixCase @case)
    {
        var world = await worlds.ForAsync(provider);
        var row = Personnel[@case.Name];
        var (reader, subject) = (world.Person(row.Reader, row.ReaderIs), world.Person(row.Subject, row.SubjectIs));
        var head = await world.AuditHeadAsync();

        using var response = await world.ClientFor(reader).GetAsync(new Uri($"/staff/{subject}", UriKind.Relative));

        var (body, status) = (await response.Content.ReadAsStringAsync(), (int)response.StatusCode);
        status.ShouldBe(Status(row.Expected), row.Expected == Outcome.Open ? "UNEXPECTED REFUSAL" : status == 200 ? "UNEXPECTED ALLOW" : "WRONG KIND OF REFUSAL");
        if (row.Expected == Outcome.Open)
        {
            body.ShouldContain(world.EmailOf(subject));
        }
        else
        {
            body.ShouldNotContain(world.EmailOf(subject), Case.Insensitive, "a refused personnel file's content shows");
            body.ShouldContain(row.Expected == Outcome.Refused ? "You cannot open this personnel file" : "Page not found");
        }

        if (row.ReaderIs != Relationship.OtherOrganisation)
        {
            var entries = await world.AuditSinceAsync(head, world.Home.Id, reader, "personnel", subject.Value);
            entries.ShouldNotBeEmpty("no entry on the personnel file's record of access");
            entries.ShouldAllBe(e => e.Event.Outcome == (row.Expected == Outcome.Open ? AuditOutcome.Allowed : AuditOutcome.Refused));
        }
    }

    private static int Status(Outcome outcome) => outcome switch
    {
        Outcome.Open => 200,
        Outcome.Refused => 403,
        _ => 404,
    };
}
