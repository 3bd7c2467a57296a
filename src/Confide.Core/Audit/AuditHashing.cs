using System.Buffers;

namespace Confide.Core.Audit;

/// <summary>
/// The hashes of the log. Leaf hash = SHA-256(0x00 || canonical bytes) as RFC 6962 hashes a leaf; chain hash =
/// SHA-256(previous chain hash || leaf hash), starting from <see cref="Genesis"/>.
/// </summary>
public static class AuditHashing
{
    /// <summary>The size of every hash in the log (SHA-256).</summary>
    public const int HashSize = 32;

    private const int StackLimit = 512;
    private static readonly byte[] GenesisHash = new byte[HashSize];

    /// <summary>Whether SHA-256 is computed by libcrypto directly (fast) rather than through .NET's OpenSSL EVP wrapper.</summary>
    public static bool HashesThroughLibcrypto => Sha256.IsNative;

    /// <summary>The chain hash before the first entry: 32 zero bytes.</summary>
    public static ReadOnlySpan<byte> Genesis => GenesisHash;

    /// <summary>The leaf hash of an entry.</summary>
    public static byte[] LeafHash(long sequence, AuditEvent auditEvent)
    {
        var hash = new byte[HashSize];
        LeafHash(sequence, auditEvent, hash);
        return hash;
    }

    /// <summary>The chain hash following <paramref name="previous"/>.</summary>
    public static byte[] ChainHash(ReadOnlySpan<byte> previous, ReadOnlySpan<byte> leafHash)
    {
        var hash = new byte[HashSize];
        ChainHash(previous, leafHash, hash);
        return hash;
    }

    /// <summary>Writes the leaf hash into <paramref name="destination"/> without allocating.</summary>
    public static void LeafHash(long sequence, AuditEvent auditEvent, Span<byte> destination)
    {
        var size = 1 + AuditEncoding.GetByteCount(auditEvent);
        byte[]? rented = null;
        Span<byte> buffer = size <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(size));
        try
        {
            buffer[0] = 0x00;
            AuditEncoding.Write(sequence, auditEvent, buffer[1..]);
            Sha256.Hash(buffer[..size], destination);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Writes the chain hash into <paramref name="destination"/> without allocating.</summary>
    public static void ChainHash(ReadOnlySpan<byte> previous, ReadOnlySpan<byte> leafHash, Span<byte> destination)
    {
        Span<byte> buffer = stackalloc byte[2 * HashSize];
        previous[..HashSize].CopyTo(buffer);
        leafHash[..HashSize].CopyTo(buffer[HashSize..]);
        Sha256.Hash(buffer, destination);
    }
}
