using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Confide.Data.Crypto;

namespace Confide.Benchmarks;

/// <summary>Cost of the blind-index terms for a name (normalise + HMAC per token) and a postcode.</summary>
[MemoryDiagnoser]
public class BlindIndexBenchmarks
{
    private readonly BlindIndex _index = new(RandomNumberGenerator.GetBytes(32));

    [Benchmark]
    public int NameTerms()
    {
        var n = 0;
        foreach (var token in BlindIndex.NameTokens("Siân O'Hara-Bright"))
        {
            n += _index.Term("name", token)[0];
        }

        return n;
    }

    [Benchmark]
    public byte[] PostcodeTerm() => _index.Term("postcode", "IP33 1AB");
}
