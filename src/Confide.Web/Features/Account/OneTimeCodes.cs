using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Confide.Data.Records;
using Microsoft.AspNetCore.Identity;

namespace Confide.Web.Features.Account;

/// <summary>
/// Checks the six-digit codes of an authenticator app (RFC 6238: HMAC-SHA1, 30-second steps, one step of clock
/// drift either way). Unlike Identity's provider it remembers the last time step accepted for each account and
/// refuses that step and older ones, so a code seen over someone's shoulder cannot be replayed (RFC 6238 §5.2).
/// </summary>
public sealed class OneTimeCodes(TimeProvider time) : IUserTwoFactorTokenProvider<StaffAccount>
{
    internal const string TokenStore = "[Confide]";
    internal const string LastStepName = "AuthenticatorLastStep";
    private const int StepSeconds = 30;

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<StaffAccount> manager, StaffAccount user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));
    }

    // The codes come from the person's app; the server never sends one.
    public Task<string> GenerateAsync(string purpose, UserManager<StaffAccount> manager, StaffAccount user) => Task.FromResult("");

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<StaffAccount> manager, StaffAccount user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        var code = (token ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (code.Length != 6 || !code.All(char.IsAsciiDigit) || string.IsNullOrWhiteSpace(key))
        {
            return false;
        }

        var lastText = await manager.GetAuthenticationTokenAsync(user, TokenStore, LastStepName);
        var last = long.TryParse(lastText, NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : long.MinValue;
        var now = time.GetUtcNow().ToUnixTimeSeconds() / StepSeconds;
        var keyBytes = Base32.Decode(key);
        for (var step = Math.Max(now - 1, last + 1); step <= now + 1; step++)
        {
            if (CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Compute(keyBytes, step)), Encoding.ASCII.GetBytes(code)))
            {
                // Saving checks the account's concurrency stamp, so of two requests racing with one code only one wins.
                var saved = await manager.SetAuthenticationTokenAsync(user, TokenStore, LastStepName, step.ToString(CultureInfo.InvariantCulture));
                return saved.Succeeded;
            }
        }

        return false;
    }

    internal static string Compute(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[20];
#pragma warning disable CA5350 // RFC 6238 authenticator apps use HMAC-SHA1; its use here is not a weakness.
        HMACSHA1.HashData(key, counter, hash);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }
}
