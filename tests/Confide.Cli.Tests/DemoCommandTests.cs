using Confide.Cli.Tests.Infrastructure;
using Confide.Core.Families;
using Confide.Data.Families;
using Confide.Data.Records;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Confide.Cli.Tests;

public sealed class DemoCommandTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Demo_SameSeedTwice_GivesIdenticalFamilies(DatabaseProvider provider)
    {
        await using var first = await CliWorkspace.CreateAsync(provider);
        await using var second = await CliWorkspace.CreateAsync(provider);
        await using var third = await CliWorkspace.CreateAsync(provider);

        (await first.RunAsync("demo", "--families", "25", "--seed", "7")).ExitCode.ShouldBe(0);
        (await second.RunAsync("demo", "--families", "25", "--seed", "7")).ExitCode.ShouldBe(0);
        (await third.RunAsync("demo", "--families", "25", "--seed", "8")).ExitCode.ShouldBe(0);

        var a = await DescribeAsync(first);
        a.Count.ShouldBe(25);
        (await DescribeAsync(second)).ShouldBe(a);
        (await DescribeAsync(third)).ShouldNotBe(a);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Demo_Families_AreSearchableByGeneratedNameAndPostcode(DatabaseProvider provider)
    {
        await using var ws = await CliWorkspace.CreateAsync(provider);
        (await ws.RunAsync("demo", "--families", "20")).ExitCode.ShouldBe(0);
        await using var services = ws.Services();
        var org = await DemoFiles.SingleOrganisationAsync(services);
        var files = await DemoFiles.AllAsync(services);
        var family = files[7].Family;
        var child = family.Members.First(m => m.Kind == MemberKind.Child);

        await using var scope = services.CreateAsyncScope();
        var records = scope.ServiceProvider.GetRequiredService<FamilyRecords>();
        (await records.SearchAsync(org.Id, $"{child.GivenName} {child.FamilyName}")).ShouldContain(family.Id);
        (await records.SearchAsync(org.Id, family.Postcode.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant())).ShouldContain(family.Id);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Demo_PrintsLoginsAndRate_AndSharesFamiliesBetweenCoordinatorsAndVolunteers(DatabaseProvider provider)
    {
        await using var ws = await CliWorkspace.CreateAsync(provider);

        var run = await ws.RunAsync("demo", "--families", "40");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("Confide Demo Scheme (fictional)");
        run.Output.ShouldContain("families/s");
        run.Output.ShouldContain("coordinator@demo.confide.test");
        run.Output.ShouldContain("password for all: confide-demo-only");
        await using var services = ws.Services();
        var files = await DemoFiles.AllAsync(services);
        files.Select(f => f.Family.AssignedCoordinatorId).Distinct().Count().ShouldBe(2);
        files.ShouldAllBe(f => f.Referrals.Count == 1 && f.Episodes.Count >= 1 && f.Notes.Count >= 1);
        files.SelectMany(f => f.Notes).ShouldContain(n => n.Status == NoteStatus.Draft);
        files.ShouldAllBe(f => f.Family.Postcode == Postcode.Normalise(f.Family.Postcode));

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConfideDbContext>();
        var volunteer = await db.Users.SingleAsync(u => u.Email == "volunteer@demo.confide.test");
        var active = await db.VolunteerMatches.CountAsync(m => m.VolunteerId == volunteer.Id && m.EndedOn == null);
        active.ShouldBeInRange(3, 20);
    }

    [Fact]
    public async Task Demo_DatabaseAlreadyHasAnOrganisation_ExitsOneAndWritesNothing()
    {
        await using var ws = await CliWorkspace.CreateAsync(DatabaseProvider.Sqlite);
        (await ws.RunAsync("org", "create", "--profile", "chs")).ExitCode.ShouldBe(0);

        var run = await ws.RunAsync("demo", "--families", "5");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("already holds an organisation");
        (await ws.RunAsync("org", "list")).Output.ShouldNotContain("Demo");
    }

    private static async Task<List<string>> DescribeAsync(CliWorkspace ws)
    {
        await using var services = ws.Services();
        return (await DemoFiles.AllAsync(services)).Select(DemoFiles.Describe).ToList();
    }
}
