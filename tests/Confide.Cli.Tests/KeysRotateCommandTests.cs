using System.Security.Cryptography;
using Confide.Cli.Tests.Infrastructure;
using Confide.Data.Storage;
using Confide.Data.Tests.Infrastructure;

namespace Confide.Cli.Tests;

public sealed class KeysRotateCommandTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task KeysRotate_KeyFile_DataReadableWithNewKeyAndOldKeyRetired(DatabaseProvider provider)
    {
        await using var ws = await CliWorkspace.CreateAsync(provider);
        (await ws.RunAsync("demo", "--families", "12")).ExitCode.ShouldBe(0);
        var oldKey = await File.ReadAllTextAsync(ws.KeyFile);
        List<string> before;
        await using (var services = ws.Services())
        {
            before = (await DemoFiles.AllAsync(services)).Select(DemoFiles.Describe).ToList();
        }

        var run = await ws.RunAsync("keys", "rotate");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("Re-wrapped 12 family keys and 1 organisation keys");
        (await File.ReadAllTextAsync(ws.KeyFile)).ShouldNotBe(oldKey);
        var retired = Directory.GetFiles(ws.Directory, "master.key.retired-*").ShouldHaveSingleItem();
        (await File.ReadAllTextAsync(retired)).ShouldBe(oldKey);
        Directory.GetFiles(ws.Directory, "master.key.new-*").ShouldBeEmpty();
        await using (var services = ws.Services())
        {
            (await DemoFiles.AllAsync(services)).Select(DemoFiles.Describe).ShouldBe(before);
        }

        await using var withOldKey = ws.Services(masterKeyFile: retired);
        await Should.ThrowAsync<CryptographicException>(() => DemoFiles.AllAsync(withOldKey));
    }

    [Fact]
    public async Task KeysRotate_KeyFromEnvironmentWithoutNewKeyFile_ExitsTwoAndChangesNothing()
    {
        await using var ws = await CliWorkspace.CreateAsync(DatabaseProvider.Sqlite);
        ws.PassKeyFile = false;
        ws.Environment["Confide__MasterKey"] = Data.Crypto.LocalKeyEncryptionKey.Generate().ToBase64();

        var run = await ws.RunAsync("keys", "rotate");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--new-key-file");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task KeysRotate_KeyFromEnvironment_WritesNewKeyFileAndSaysWhatToSet(DatabaseProvider provider)
    {
        await using var ws = await CliWorkspace.CreateAsync(provider);
        ws.PassKeyFile = false;
        ws.Environment["Confide__MasterKey"] = Data.Crypto.LocalKeyEncryptionKey.Generate().ToBase64();
        (await ws.RunAsync("demo", "--families", "5")).ExitCode.ShouldBe(0);
        var newKeyFile = Path.Combine(ws.Directory, "next.key");

        var run = await ws.RunAsync("keys", "rotate", "--new-key-file", newKeyFile);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("Set Confide__MasterKey");
        await using var services = ws.Services(masterKey: await File.ReadAllTextAsync(newKeyFile));
        (await DemoFiles.AllAsync(services)).Count.ShouldBe(5);
    }
}
