using Confide.Core.Staff;

namespace Confide.Core.Consent;

/// <summary>
/// The evidence of a consent: the reference of the signed form or e-signature, or, for oral consent, the member of
/// staff who heard it, when, and the words used (CHS-16).
/// </summary>
/// <param name="Kind">Written or oral.</param>
/// <param name="WrittenReference">The signed form's or e-signature's reference (written only).</param>
/// <param name="Witness">The member of staff who heard the consent (oral only).</param>
/// <param name="OralOn">The date it was given (oral only).</param>
/// <param name="OralAt">The time it was given, UK local time (oral only).</param>
/// <param name="Wording">The words used (oral only; encrypted at rest).</param>
public sealed record ConsentEvidence(
    ConsentEvidenceKind Kind,
    string? WrittenReference,
    UserId? Witness,
    DateOnly? OralOn,
    TimeOnly? OralAt,
    string? Wording)
{
    /// <summary>Written evidence.</summary>
    public static ConsentEvidence Written(string reference) => new(ConsentEvidenceKind.Written, reference, null, null, null, null);

    /// <summary>Oral evidence.</summary>
    public static ConsentEvidence Oral(UserId witness, DateOnly on, TimeOnly at, string wording) =>
        new(ConsentEvidenceKind.Oral, null, witness, on, at, wording);
}
