namespace Confide.Data.Crypto;

/// <summary>
/// The master key that wraps every data key. The embedded default holds it in a file or the environment;
/// an external KMS implements this interface so the master key never enters the process.
/// </summary>
public interface IKeyEncryptionKey
{
    /// <summary>A short public identifier of the key, stored beside every key it wraps.</summary>
    string KeyId { get; }

    /// <summary>Wraps a data key, binding it to <paramref name="context"/> (e.g. the family it belongs to).</summary>
    byte[] Wrap(ReadOnlySpan<byte> dataKey, string context);

    /// <summary>Unwraps a data key wrapped for the same <paramref name="context"/>.</summary>
    byte[] Unwrap(ReadOnlySpan<byte> wrapped, string context);
}
