using Confide.Core.Families;
using Confide.Core.Organisations;

namespace Confide.Core.Sharing;

/// <summary>
/// The question a sharing decision asks of the family's consents: does any consent on file, on this date, cover
/// giving these kinds of information to this agency for this purpose?
/// </summary>
/// <param name="FamilyId">The family file the information comes from.</param>
/// <param name="AgencyId">The registered agency that would receive it.</param>
/// <param name="Category">That agency's category (a consent may name the category rather than the agency).</param>
/// <param name="AgencyIsReferrer">True when that agency referred the family ("general: referrer" consent, WIR-05).</param>
/// <param name="AgencyAlreadyInvolved">True when the agency is already involved with the family ("general: involved agencies", WIR-05).</param>
/// <param name="Purpose">Why the information would be shared.</param>
/// <param name="Kinds">Every kind of information in the share (never empty).</param>
/// <param name="AboutMembers">The family members the items are about (the child's own consent counts for items about that child).</param>
/// <param name="On">The date the share would be made.</param>
public sealed record CoverageQuestion(
    FamilyId FamilyId,
    Guid AgencyId,
    AgencyCategory Category,
    bool AgencyIsReferrer,
    bool AgencyAlreadyInvolved,
    SharingPurpose Purpose,
    IReadOnlySet<InformationKind> Kinds,
    IReadOnlySet<Guid> AboutMembers,
    DateOnly On);

/// <summary>The answer: the consent that covers the share (cited on the share record, SUF-25), or why none does.</summary>
/// <param name="ConsentId">The covering consent, or null when none covers the share.</param>
/// <param name="Explanation">A sentence a coordinator understands: which consent covers it, or what is missing (expired, withdrawn, wrong agency, kind not covered…).</param>
public sealed record CoverageAnswer(Guid? ConsentId, string Explanation)
{
    public bool Covered => ConsentId is not null;
}

/// <summary>Answers <see cref="CoverageQuestion"/>s from the consents recorded on family files (implemented in Confide.Data).</summary>
public interface IConsentCoverageSource
{
    Task<CoverageAnswer> AnswerAsync(OrganisationId organisation, CoverageQuestion question, CancellationToken ct = default);
}
