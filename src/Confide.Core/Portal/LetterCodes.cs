namespace Confide.Core.Portal;

/// <summary>The stable codes of letter kinds and sending methods, as in URLs, the API and the database.</summary>
public static class LetterCodes
{
    public static readonly IReadOnlyList<string> Methods = ["post", "by-hand", "secure-email"];

    public static string Code(ReferrerLetterKind kind) => kind == ReferrerLetterKind.SupportStarted ? "support-started" : "support-ended";

    public static bool TryParse(string? code, out ReferrerLetterKind kind)
    {
        kind = code == "support-ended" ? ReferrerLetterKind.SupportEnded : ReferrerLetterKind.SupportStarted;
        return code is "support-started" or "support-ended";
    }

    public static string MethodLabel(string method) => method switch
    {
        "post" => "By post",
        "by-hand" => "By hand",
        "secure-email" => "By secure email",
        _ => method,
    };
}
