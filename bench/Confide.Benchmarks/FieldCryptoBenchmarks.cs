using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Confide.Data.Crypto;

namespace Confide.Benchmarks;

/// <summary>Per-field cost of AES-256-GCM under a family key, for a name and for a visit note.</summary>
[MemoryDiagnoser]
public class FieldCryptoBenchmarks : IDisposable
{
    private const string Name = "Perpetua";
    private static readonly string Note = string.Concat(Enumerable.Repeat("Visited at home; talked about sleep routines and the nursery place. ", 15));
    private FieldCipher _cipher = null!;
    private byte[] _nameCiphertext = [];
    private byte[] _noteCiphertext = [];

    [GlobalSetup]
    public void Setup()
    {
        _cipher = new FieldCipher(RandomNumberGenerator.GetBytes(32), Guid.NewGuid());
        _nameCiphertext = _cipher.Encrypt("member.givenName", Name);
        _noteCiphertext = _cipher.Encrypt("note.text", Note);
    }

    [Benchmark]
    public byte[] EncryptName() => _cipher.Encrypt("member.givenName", Name);

    [Benchmark]
    public string DecryptName() => _cipher.Decrypt("member.givenName", _nameCiphertext);

    [Benchmark]
    public byte[] EncryptNote1KB() => _cipher.Encrypt("note.text", Note);

    [Benchmark]
    public string DecryptNote1KB() => _cipher.Decrypt("note.text", _noteCiphertext);

    [Benchmark]
    public FieldCipher CipherForFamily() => new(_nameCiphertext.AsSpan(0, 32), Guid.Empty);

    public void Dispose()
    {
        _cipher?.Dispose();
        GC.SuppressFinalize(this);
    }
}
