using Confide.Data.Crypto;
using Confide.Data.Storage;

namespace Confide.Data.Tests.Crypto;

public sealed class MasterKeySourceTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("confide-key-").FullName;

    [Fact]
    public void Load_NoKeyFile_CreatesOneReadableOnlyByItsOwner_ThenReusesIt()
    {
        var options = new StorageOptions { MasterKeyFile = Path.Combine(_directory, "master.key") };

        var first = MasterKeySource.Load(options, out var created);
        var second = MasterKeySource.Load(options, out var createdAgain);

        (created, createdAgain).ShouldBe((true, false));
        second.KeyId.ShouldBe(first.KeyId);
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(options.MasterKeyFile).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [Fact]
    public void Load_KeyFileMissingBesideRetiredKeys_RefusesToCreateAFreshKey()
    {
        var options = new StorageOptions { MasterKeyFile = Path.Combine(_directory, "master.key") };
        File.WriteAllText(options.MasterKeyFile + ".retired-20261121T100000Z", LocalKeyEncryptionKey.Generate().ToBase64());

        var ex = Should.Throw<StorageConfigurationException>(() => MasterKeySource.Load(options, out _));

        ex.Message.ShouldContain("retired");
        File.Exists(options.MasterKeyFile).ShouldBeFalse();
    }

    [Theory]
    [InlineData("not base64 at all!", "not base64")]
    [InlineData("AAAA", "3 bytes")]
    public void Load_MalformedKeyFromEnvironment_NamesTheProblem(string value, string expected)
    {
        var ex = Should.Throw<StorageConfigurationException>(() => MasterKeySource.Load(new StorageOptions { MasterKey = value }, out _));

        ex.Message.ShouldContain(expected);
        ex.Message.ShouldContain("Confide:MasterKey");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
