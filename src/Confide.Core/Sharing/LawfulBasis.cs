using Confide.Core.Profiles;

namespace Confide.Core.Sharing;

/// <summary>
/// Why a share is lawful: the consent on file that covers it (cited, SUF-25), or one of the profile's lawful
/// exceptions to consent with a justification (WIR-01, CFS-04, CHS-02, LEI-07).
/// </summary>
/// <param name="ConsentId">The covering consent, when the basis is consent.</param>
/// <param name="Exception">The exception relied on, when the basis is an exception.</param>
/// <param name="Explanation">For consent, the coverage answer's sentence; for an exception, the justification.</param>
public sealed record LawfulBasis(Guid? ConsentId, LawfulException? Exception, string Explanation)
{
    /// <summary>A stable code for the audit log and the API: <c>consent</c> or the exception's profile spelling.</summary>
    public string Code => Exception is { } e ? SnakeCase.Name(e) : "consent";
}
