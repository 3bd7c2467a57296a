using System.Globalization;
using System.Text.Json;
using Confide.Core.Audit;

namespace Confide.Cli.Commands;

/// <summary>
/// The checkpoints and public keys handed to an external witness (<c>confide audit export-checkpoints</c>), as JSON:
/// hashes in lower-case hex, signatures and keys (DER SubjectPublicKeyInfo) in base64, times in UTC to the microsecond.
/// </summary>
internal sealed record AuditWitnessFile(
    string Format,
    DateTimeOffset ExportedAt,
    IReadOnlyList<AuditWitnessFile.CheckpointJson> Checkpoints,
    IReadOnlyList<AuditWitnessFile.PublicKeyJson> PublicKeys)
{
    public const string FormatName = "confide-audit-checkpoints/v1";
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    // Written to files and terminals, never into HTML: keep base64's '+' readable rather than \u002B.
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static AuditWitnessFile From(DateTimeOffset exportedAt, IEnumerable<Checkpoint> checkpoints, IEnumerable<AuditPublicKey> keys) => new(
        FormatName,
        exportedAt,
        [.. checkpoints.Select(c => new CheckpointJson(c.TreeSize, Hex(c.RootHash), Hex(c.ChainHead), Time(c.SignedAt), c.KeyId, Convert.ToBase64String(c.Signature)))],
        [.. keys.Select(k => new PublicKeyJson(k.KeyId, Convert.ToBase64String(k.SubjectPublicKeyInfo)))]);

    /// <summary>Reads a witness file; null (with the reason) when it is not one.</summary>
    public static AuditWitness? Read(string path, out string? problem)
    {
        problem = null;
        if (!File.Exists(path))
        {
            problem = $"there is no witness file at {Path.GetFullPath(path)}.";
            return null;
        }

        try
        {
            var file = JsonSerializer.Deserialize<AuditWitnessFile>(File.ReadAllText(path), Json);
            if (file?.Format != FormatName || file.Checkpoints is null || file.PublicKeys is null)
            {
                problem = $"{path} is not a Confide checkpoint export ({FormatName}).";
                return null;
            }

            return new AuditWitness(
                [.. file.Checkpoints.Select(c => new Checkpoint(c.TreeSize, Convert.FromHexString(c.RootHash), Convert.FromHexString(c.ChainHead),
                    DateTimeOffset.ParseExact(c.SignedAt, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal), c.KeyId, Convert.FromBase64String(c.Signature)))],
                [.. file.PublicKeys.Select(k => new AuditPublicKey(k.KeyId, Convert.FromBase64String(k.PublicKey)))]);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or ArgumentNullException or NotSupportedException)
        {
            problem = $"{path} is not a readable checkpoint export: {ex.Message}";
            return null;
        }
    }

    public static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);

    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    internal sealed record CheckpointJson(
        long TreeSize, string RootHash, string ChainHead, string SignedAt, string KeyId, string Signature);

    internal sealed record PublicKeyJson(string KeyId, string PublicKey);
}
