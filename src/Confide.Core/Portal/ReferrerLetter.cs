using Confide.Core.Common;
using Confide.Core.Families;

namespace Confide.Core.Portal;

/// <summary>
/// A letter telling the referrer that support started (with its type) or ended (LEI-24, SPEC C5), drafted from the
/// family file: the referral's referrer, and the latest support episode that started (or ended). Marked
/// CONFIDENTIAL (CHS-18) by whoever renders it.
/// </summary>
public sealed record ReferrerLetter(
    ReferrerLetterKind Kind,
    FamilyId FamilyId,
    SupportEpisodeId EpisodeId,
    string OrganisationName,
    string Referrer,
    DateOnly Dated,
    string Subject,
    IReadOnlyList<string> Paragraphs)
{
    public const string Marking = "CONFIDENTIAL";

    /// <summary>Drafts the letter, or explains why there is none to write (no referral, no support started or ended).</summary>
    public static Result<ReferrerLetter> Draft(FamilyFile file, ReferrerLetterKind kind, string organisationName, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(file);
        var referral = file.Referrals.OrderByDescending(r => r.ReferredOn).FirstOrDefault();
        if (referral is null)
        {
            return Result<ReferrerLetter>.Fail("referral", "no_referral", "This family has no referral on file, so there is no referrer to write to.");
        }

        var episode = kind == ReferrerLetterKind.SupportStarted
            ? file.Episodes.Where(e => e.StartedOn <= today).OrderByDescending(e => e.StartedOn).FirstOrDefault()
            : file.Episodes.Where(e => e.EndedOn is not null).OrderByDescending(e => e.EndedOn).FirstOrDefault();
        if (episode is null)
        {
            return Result<ReferrerLetter>.Fail("episode", kind == ReferrerLetterKind.SupportStarted ? "no_support_started" : "no_support_ended",
                kind == ReferrerLetterKind.SupportStarted
                    ? "Support has not started for this family yet. Record the start of a support episode first; the letter says when it started and its type."
                    : "Support has not ended for this family. Record the end of the support episode first; the letter says when it ended.");
        }

        var type = episode.Type == SupportType.Group ? "group support" : "home-visiting support";
        var family = file.Family;
        var about = $"the family you referred to us on {referral.ReferredOn:d MMMM yyyy} ({family.DisplayName}, our reference {family.Reference})";
        IReadOnlyList<string> paragraphs = kind == ReferrerLetterKind.SupportStarted
            ?
            [
                $"Thank you for referring {about}.",
                $"We are writing to let you know that we started {type} with the family on {episode.StartedOn:d MMMM yyyy}.",
                "We will write to you again when our support ends. We will share changes in the support or in the family's circumstances with you only with the family's consent.",
                $"This letter is confidential. Please keep it securely and do not pass it on without {organisationName}'s agreement.",
            ]
            :
            [
                $"Thank you for referring {about}.",
                $"We are writing to let you know that our {type} for the family, which started on {episode.StartedOn:d MMMM yyyy}, ended on {episode.EndedOn:d MMMM yyyy}.",
                "If you have questions about this, please contact us.",
                $"This letter is confidential. Please keep it securely and do not pass it on without {organisationName}'s agreement.",
            ];
        var subject = kind == ReferrerLetterKind.SupportStarted ? "Support has started" : "Support has ended";
        return Result<ReferrerLetter>.Ok(new ReferrerLetter(kind, family.Id, episode.Id, organisationName, referral.Referrer, today, subject, paragraphs));
    }
}
