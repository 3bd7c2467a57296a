using System.Collections.Frozen;
using Confide.Data.Records;
using Microsoft.AspNetCore.Identity;

namespace Confide.Data.Staff;

/// <summary>
/// Refuses passwords found in lists of breached and common passwords (NIST SP 800-63B 5.1.1.2), ignoring case and
/// surrounding spaces. The list is bundled (see <c>CommonPasswords/README.md</c>), so no password leaves the server.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<StaffAccount>
{
    public const string ErrorCode = "PasswordTooCommon";

    private static readonly Lazy<FrozenSet<string>> Common = new(Load);

    public static bool IsCommon(string password) =>
        Common.Value.Contains(password.Trim().ToLowerInvariant());

    public Task<IdentityResult> ValidateAsync(UserManager<StaffAccount> manager, StaffAccount user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = ErrorCode,
                Description = "This password is one of the most common passwords, so it is easy to guess. Choose another, such as three or four random words.",
            })
            : IdentityResult.Success);

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("Confide.Data.CommonPasswords.txt")
            ?? throw new InvalidOperationException("The bundled list of common passwords is missing from the build.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                words.Add(line);
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
