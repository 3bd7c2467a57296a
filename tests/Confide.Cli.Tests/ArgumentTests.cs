using Confide.Cli.Tests.Infrastructure;
using Confide.Data.Storage;

namespace Confide.Cli.Tests;

public sealed class ArgumentTests
{
    [Theory]
    [InlineData("--families must be 0 or more", "demo", "--families", "-5")]
    [InlineData("Cannot parse argument 'abc' for option '--families'", "demo", "--families", "abc")]
    [InlineData("Unrecognized command or argument 'frobnicate'", "frobnicate")]
    [InlineData("Required command was not provided", "user")]
    [InlineData("Option '--email' is required", "user", "disable")]
    public async Task BadArguments_ExitTwoWithMessage(string message, params string[] args)
    {
        await using var ws = await CliWorkspace.CreateAsync(DatabaseProvider.Sqlite);

        var run = await ws.RunAsync(args);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(message);
        File.Exists(Path.Combine(ws.Directory, "confide.db")).ShouldBeFalse("nothing is written when the arguments are wrong");
    }

    [Fact]
    public async Task Database_Unknown_ExitsTwoNamingTheChoices()
    {
        await using var ws = await CliWorkspace.CreateAsync(DatabaseProvider.Sqlite);

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApp.RunAsync(["migrate", "--database", "oracle"], output, error, new Dictionary<string, string?>());

        exit.ShouldBe(2);
        error.ToString().ShouldContain("sqlite");
    }

    [Fact]
    public async Task Database_FromEnvironmentInvalid_ExitsTwoNamingTheSetting()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApp.RunAsync(["migrate"], output, error, new Dictionary<string, string?> { ["Confide__Database"] = "mysql" });

        exit.ShouldBe(2);
        error.ToString().ShouldContain("Confide:Database is 'mysql'");
    }
}
