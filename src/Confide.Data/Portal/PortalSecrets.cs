using System.Security.Cryptography;
using System.Text;
using Confide.Data.Keys;

namespace Confide.Data.Portal;

/// <summary>
/// Turns a passcode into what is stored: HMAC-SHA-256 under the organisation's portal key (held in the key store,
/// not the records), over the share id, the passcode's issue number and the passcode. See Core/Portal/README.md.
/// </summary>
public sealed class PortalSecrets(FamilyKeyRing keys)
{
    /// <summary>The purpose name of the organisation's passcode key.</summary>
    public const string PasscodePurpose = "portal-passcode";

    public async Task<byte[]> HashAsync(Guid organisationId, Guid shareId, int issue, string normalisedPasscode, CancellationToken ct)
    {
        var key = await keys.GetOrganisationKeyAsync(organisationId, PasscodePurpose, ct);
        var message = Encoding.ASCII.GetBytes($"{shareId:D}:{issue}:{normalisedPasscode}");
        return HMACSHA256.HashData(key, message);
    }

    public static bool Same(byte[] stored, byte[] computed) => CryptographicOperations.FixedTimeEquals(stored, computed);
}
