using System.Security.Cryptography;
using Confide.Core.Audit;

namespace Confide.Core.Tests.Audit;

public sealed class Sha256Tests
{
    [Fact]
    public void Hash_EveryLengthUpTo300_SameAsTheFrameworks()
    {
        var data = Enumerable.Range(0, 300).Select(i => (byte)(i * 13)).ToArray();
        Span<byte> ours = stackalloc byte[32];
        Span<byte> managed = stackalloc byte[32];
        for (var n = 0; n <= data.Length; n++)
        {
            Sha256.Hash(data.AsSpan(0, n), ours);
            Sha256.HashManaged(data.AsSpan(0, n), managed);

            ours.ToArray().ShouldBe(SHA256.HashData(data.AsSpan(0, n)), $"{n} bytes");
            managed.ToArray().ShouldBe(SHA256.HashData(data.AsSpan(0, n)), $"{n} bytes");
        }
    }

    [Fact]
    public void IsNative_WhereLibcryptoLoads_True()
    {
        var loads = OperatingSystem.IsLinux() && System.Runtime.InteropServices.NativeLibrary.TryLoad("libcrypto.so.3", out _);

        Sha256.IsNative.ShouldBe(loads);
    }
}
