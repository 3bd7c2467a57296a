using Confide.Cli.Tests.Infrastructure;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;

namespace Confide.Cli.Tests;

public sealed class UserCommandTests
{
    private const string Org = "Home-Start Mid & West Suffolk";

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task UserAdd_ListThenDisable_ShowsTheAccountDisabled(DatabaseProvider provider)
    {
        await using var ws = await OrganisationAsync(provider);

        var added = await ws.RunAsync("user", "add", "--org", Org, "--email", "ada@example.org", "--name", "Ada Coordinator",
            "--role", "coordinator", "--role", "safeguarding_lead", "--password", "a long enough passphrase");
        var listed = await ws.RunAsync("user", "list", "--org", Org);
        var disabled = await ws.RunAsync("user", "disable", "--email", "ada@example.org");
        var after = await ws.RunAsync("user", "list");

        added.ExitCode.ShouldBe(0, added.Error);
        added.Output.ShouldNotContain("Password");
        listed.Output.ShouldContain("ada@example.org\tAda Coordinator\tcoordinator,safeguarding_lead\tactive");
        disabled.ExitCode.ShouldBe(0, disabled.Error);
        after.Output.ShouldContain("ada@example.org\tAda Coordinator\tcoordinator,safeguarding_lead\tdisabled");
    }

    [Fact]
    public async Task UserAdd_NoPassword_GeneratesAStrongOneAndShowsItOnce()
    {
        await using var ws = await OrganisationAsync(DatabaseProvider.Sqlite);

        var run = await ws.RunAsync("user", "add", "--org", Org, "--email", "vol@example.org", "--name", "Val Volunteer", "--role", "volunteer");

        run.ExitCode.ShouldBe(0, run.Error);
        var line = run.Output.Split('\n').Single(l => l.StartsWith("Password", StringComparison.Ordinal));
        line.Split(": ")[1].Trim().Length.ShouldBe(20);
    }

    [Fact]
    public async Task UserAdd_UnknownRole_ExitsTwoListingTheRoles()
    {
        await using var ws = await OrganisationAsync(DatabaseProvider.Sqlite);

        var run = await ws.RunAsync("user", "add", "--org", Org, "--email", "x@example.org", "--name", "X", "--role", "coordinator", "--role", "overlord");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("unknown role 'overlord'");
        run.Error.ShouldContain("coordinator, volunteer, scheme_manager");
        (await ws.RunAsync("user", "list")).Output.ShouldNotContain("x@example.org");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task UserAdd_PasswordUnderTwelveCharacters_ExitsTwo(DatabaseProvider provider)
    {
        await using var ws = await OrganisationAsync(provider);

        var run = await ws.RunAsync("user", "add", "--org", Org, "--email", "short@example.org", "--name", "Short", "--role", "trustee", "--password", "elevenchars");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("12");
        (await ws.RunAsync("user", "list")).Output.ShouldNotContain("short@example.org");
    }

    [Fact]
    public async Task UserAdd_UnknownOrganisation_ExitsTwo()
    {
        await using var ws = await OrganisationAsync(DatabaseProvider.Sqlite);

        var run = await ws.RunAsync("user", "add", "--org", "Nowhere", "--email", "n@example.org", "--name", "N", "--role", "trustee");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("there is no organisation 'Nowhere'");
    }

    [Fact]
    public async Task UserDisable_UnknownEmail_ExitsTwo()
    {
        await using var ws = await OrganisationAsync(DatabaseProvider.Sqlite);

        var run = await ws.RunAsync("user", "disable", "--email", "nobody@example.org");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("no account with the email address 'nobody@example.org'");
    }

    private static async Task<CliWorkspace> OrganisationAsync(DatabaseProvider provider)
    {
        var ws = await CliWorkspace.CreateAsync(provider);
        (await ws.RunAsync("org", "create", "--profile", "suffolk")).ExitCode.ShouldBe(0);
        return ws;
    }
}
