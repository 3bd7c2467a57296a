using Confide.Cli.Tests.Infrastructure;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;

namespace Confide.Cli.Tests;

public sealed class TokenCommandTests
{
    private const string Org = "Home-Start Mid & West Suffolk";

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task TokenCreate_ThenRevoke_ShowsTheTokenOnceAndRevokesIt(DatabaseProvider provider)
    {
        await using var ws = await AccountAsync(provider);

        var created = await ws.RunAsync("token", "create", "--email", "ada@example.org", "--days", "30", "--name", "reports");
        var id = created.Output.Split(' ')[3];
        var revoked = await ws.RunAsync("token", "revoke", "--id", id);

        created.ExitCode.ShouldBe(0, created.Error);
        created.Output.ShouldContain("'reports' for ada@example.org");
        var token = created.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last();
        token.ShouldStartWith("cfd_");
        token.Length.ShouldBe(4 + 43);
        revoked.ExitCode.ShouldBe(0, revoked.Error);
        revoked.Output.ShouldContain($"Revoked API token {id}.");
    }

    [Fact]
    public async Task TokenCreate_UnknownEmailOrTooLong_ExitsTwo()
    {
        await using var ws = await AccountAsync(DatabaseProvider.Sqlite);

        var unknown = await ws.RunAsync("token", "create", "--email", "nobody@example.org");
        var tooLong = await ws.RunAsync("token", "create", "--email", "ada@example.org", "--days", "400");

        unknown.ExitCode.ShouldBe(2);
        unknown.Error.ShouldContain("no account with the email address 'nobody@example.org'");
        tooLong.ExitCode.ShouldBe(2);
        tooLong.Error.ShouldContain("between 1 and 365 days");
    }

    [Fact]
    public async Task TokenRevoke_UnknownId_ExitsTwo()
    {
        await using var ws = await AccountAsync(DatabaseProvider.Sqlite);

        var run = await ws.RunAsync("token", "revoke", "--id", Guid.NewGuid().ToString());

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("There is no API token");
    }

    private static async Task<CliWorkspace> AccountAsync(DatabaseProvider provider)
    {
        var ws = await CliWorkspace.CreateAsync(provider);
        (await ws.RunAsync("org", "create", "--profile", "suffolk")).ExitCode.ShouldBe(0);
        (await ws.RunAsync("user", "add", "--org", Org, "--email", "ada@example.org", "--name", "Ada", "--role", "coordinator",
            "--password", "a long enough passphrase")).ExitCode.ShouldBe(0);
        return ws;
    }
}
