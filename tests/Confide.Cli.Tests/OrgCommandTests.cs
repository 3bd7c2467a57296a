using Confide.Cli.Tests.Infrastructure;
using Confide.Data.Organisations;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;

namespace Confide.Cli.Tests;

public sealed class OrgCommandTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task OrgCreate_EachShippedProfileFile_CreatesTheOrganisation(DatabaseProvider provider)
    {
        await using var ws = await CliWorkspace.CreateAsync(provider);

        foreach (var file in Directory.GetFiles(RepositoryProfiles(), "*.yaml"))
        {
            var run = await ws.RunAsync("org", "create", "--profile", file);
            run.ExitCode.ShouldBe(0, run.Error);
            run.Output.ShouldContain($"with profile {Path.GetFileNameWithoutExtension(file)} version");
        }

        var list = await ws.RunAsync("org", "list");
        list.ExitCode.ShouldBe(0);
        list.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(5);
        list.Output.ShouldContain("Home-Start Mid & West Suffolk");
    }

    [Fact]
    public async Task OrgCreate_ShippedProfileIdAndName_UsesTheEmbeddedProfile()
    {
        await using var ws = await CliWorkspace.CreateAsync(DatabaseProvider.Sqlite);

        var run = await ws.RunAsync("org", "create", "--profile", "wirral", "--name", "Wirral Test Scheme");

        run.ExitCode.ShouldBe(0, run.Error);
        SeedProfiles.Ids.ShouldBe(["chs", "cumbria", "leicestershire", "suffolk", "wirral"]);
        (await ws.RunAsync("org", "list")).Output.ShouldContain("Wirral Test Scheme  (profile wirral v1)");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task OrgCreate_BadProfile_ExitsTwoAndNamesKeyAndLine(DatabaseProvider provider)
    {
        await using var ws = await CliWorkspace.CreateAsync(provider);
        var yaml = SeedProfiles.Find("suffolk")!.Replace("version: 1", "version: one", StringComparison.Ordinal);
        var bad = Path.Combine(ws.Directory, "bad.yaml");
        await File.WriteAllTextAsync(bad, yaml);

        var run = await ws.RunAsync("org", "create", "--profile", bad);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("bad.yaml line 4: 'version'");
        run.Error.ShouldContain("nothing was created");
        (await ws.RunAsync("org", "list")).Output.ShouldContain("No organisations yet");
    }

    [Fact]
    public async Task OrgCreate_MissingProfile_ExitsTwoListingShippedProfiles()
    {
        await using var ws = await CliWorkspace.CreateAsync(DatabaseProvider.Sqlite);

        var run = await ws.RunAsync("org", "create", "--profile", "nowhere.yaml");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("chs, cumbria, leicestershire, suffolk, wirral");
    }

    [Fact]
    public async Task OrgCreate_DuplicateName_ExitsTwo()
    {
        await using var ws = await CliWorkspace.CreateAsync(DatabaseProvider.Sqlite);
        (await ws.RunAsync("org", "create", "--profile", "chs")).ExitCode.ShouldBe(0);

        var run = await ws.RunAsync("org", "create", "--profile", "chs");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("already exists");
    }

    private static string RepositoryProfiles()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Confide.slnx")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("Confide.slnx not found above the test folder."), "profiles");
    }
}
