using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Confide.Core.Audit;

/// <summary>
/// SHA-256 for the log's many small inputs (leaves of ~200 bytes, 64- and 65-byte links and nodes). On Linux .NET
/// hashes through OpenSSL 3's EVP layer, which costs about 250 ns per digest on top of ~70–130 ns of hashing; a
/// verifier computes three digests per entry, so where libcrypto's low-level SHA256_Init/Update/Final are
/// exported (and give the right answer on a self-test) they are called directly — the same OpenSSL code, without
/// the EVP layer. Anywhere else, or with the AppContext switch <c>Confide.Audit.ManagedSha256</c> set, a reused
/// <see cref="IncrementalHash"/> per thread. Both are checked against each other by the tests.
/// </summary>
internal static class Sha256
{
    private const string Library = "libcrypto.so.3";
    private const int ContextSize = 256; // SHA256_CTX is 112 bytes on 64-bit OpenSSL 1.1 and 3.x; room to spare.

    [ThreadStatic]
    private static IncrementalHash? t_hasher;

    /// <summary>Whether the direct libcrypto path is in use.</summary>
    public static bool IsNative { get; } = !ManagedRequested() && SelfTest();

    public static void Hash(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        if (IsNative)
        {
            HashNative(data, destination);
            return;
        }

        HashManaged(data, destination);
    }

    internal static void HashManaged(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        var hasher = t_hasher ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hasher.AppendData(data);
        hasher.GetHashAndReset(destination);
    }

    private static void HashNative(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        Span<byte> context = stackalloc byte[ContextSize];
        Span<byte> digest = stackalloc byte[32];
        if (NativeMethods.SHA256_Init(ref MemoryMarshal.GetReference(context)) != 1
            || NativeMethods.SHA256_Update(ref MemoryMarshal.GetReference(context), ref MemoryMarshal.GetReference(data), (nuint)data.Length) != 1
            || NativeMethods.SHA256_Final(ref MemoryMarshal.GetReference(digest), ref MemoryMarshal.GetReference(context)) != 1)
        {
            throw new CryptographicException("libcrypto SHA-256 failed.");
        }

        digest.CopyTo(destination);
    }

    private static bool ManagedRequested() => AppContext.TryGetSwitch("Confide.Audit.ManagedSha256", out var managed) && managed;

    private static bool SelfTest()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            Span<byte> input = stackalloc byte[201];
            for (var i = 0; i < input.Length; i++)
            {
                input[i] = (byte)(i * 31);
            }

            Span<byte> native = stackalloc byte[32];
            HashNative(input, native);
            return native.SequenceEqual(SHA256.HashData(input));
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or CryptographicException or BadImageFormatException)
        {
            return false;
        }
    }

    private static class NativeMethods
    {
        [DllImport(Library, ExactSpelling = true)]
        public static extern int SHA256_Init(ref byte context);

        [DllImport(Library, ExactSpelling = true)]
        public static extern int SHA256_Update(ref byte context, ref byte data, nuint length);

        [DllImport(Library, ExactSpelling = true)]
        public static extern int SHA256_Final(ref byte digest, ref byte context);
    }
}
