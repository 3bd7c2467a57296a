using System.Security.Cryptography;

namespace Confide.Core.Tests.Audit;

/// <summary>RFC 6962 §2.1 written out literally and recursively: the reference the fast code is checked against.</summary>
internal static class NaiveMerkle
{
    public static byte[] Mth(IReadOnlyList<byte[]> leafHashes, int start, int end)
    {
        var n = end - start;
        if (n == 0)
        {
            return SHA256.HashData(Array.Empty<byte>());
        }

        if (n == 1)
        {
            return leafHashes[start];
        }

        var k = 1;
        while (k * 2 < n)
        {
            k *= 2;
        }

        return Node(Mth(leafHashes, start, start + k), Mth(leafHashes, start + k, end));
    }

    public static List<byte[]> Path(IReadOnlyList<byte[]> leafHashes, int m, int start, int end)
    {
        var n = end - start;
        if (n == 1)
        {
            return [];
        }

        var k = 1;
        while (k * 2 < n)
        {
            k *= 2;
        }

        if (m < k)
        {
            var path = Path(leafHashes, m, start, start + k);
            path.Add(Mth(leafHashes, start + k, end));
            return path;
        }
        else
        {
            var path = Path(leafHashes, m - k, start + k, end);
            path.Add(Mth(leafHashes, start, start + k));
            return path;
        }
    }

    public static byte[] Leaf(byte[] data) => SHA256.HashData([0x00, .. data]);

    public static byte[] Node(byte[] left, byte[] right) => SHA256.HashData([0x01, .. left, .. right]);
}
