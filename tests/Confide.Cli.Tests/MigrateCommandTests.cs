using Confide.Cli.Tests.Infrastructure;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;

namespace Confide.Cli.Tests;

public sealed class MigrateCommandTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Migrate_Twice_AppliesOnceThenReportsUpToDate(DatabaseProvider provider)
    {
        await using var ws = await CliWorkspace.CreateAsync(provider);

        var first = await ws.RunAsync("migrate");
        var second = await ws.RunAsync("migrate");

        first.ExitCode.ShouldBe(0, first.Error);
        first.Output.ShouldContain("applied records 0001");
        first.Output.ShouldContain("applied keys 0001");
        second.ExitCode.ShouldBe(0, second.Error);
        second.Output.ShouldContain("Already up to date.");
    }
}
