using Confide.Core.Families;
using Confide.Core.Organisations;
using Confide.Core.Portal;

namespace Confide.Core.Tests.Portal;

public sealed class ReferrerLetterTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    private static FamilyFile File(params SupportEpisode[] episodes)
    {
        var family = Family.Open(OrganisationId.New(), "F-000042",
            new FamilyDetails("1 High Street", "IP1 1AA", [new MemberDetails(MemberKind.Adult, "Ada", "Quillfeather", null)]),
            new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero), null).Value;
        var referral = new Referral(ReferralId.New(), family.Id, "Health visitor, Ipswich", new DateOnly(2026, 10, 1), "Isolated", DateTimeOffset.UnixEpoch);
        return new FamilyFile(family, [referral], episodes.Select(e => e with { FamilyId = family.Id }).ToList(), [], []);
    }

    [Fact]
    public void Started_NamesTheReferrer_TheTypeAndTheStart()
    {
        var episode = new SupportEpisode(SupportEpisodeId.New(), FamilyId.New(), SupportType.Group, new DateOnly(2026, 11, 2), null);

        var letter = ReferrerLetter.Draft(File(episode), ReferrerLetterKind.SupportStarted, "Home-Start Testshire", Today);

        letter.Value.Referrer.ShouldBe("Health visitor, Ipswich");
        letter.Value.EpisodeId.ShouldBe(episode.Id);
        string.Join(' ', letter.Value.Paragraphs).ShouldContain("group support with the family on 2 November 2026");
        string.Join(' ', letter.Value.Paragraphs).ShouldContain("F-000042");
    }

    [Fact]
    public void Ended_UsesTheEpisodeThatEnded_AndRefusesWhenNoneHas()
    {
        var open = new SupportEpisode(SupportEpisodeId.New(), FamilyId.New(), SupportType.HomeVisiting, new DateOnly(2026, 11, 2), null);
        var ended = open with { Id = SupportEpisodeId.New(), StartedOn = new DateOnly(2026, 3, 1), EndedOn = new DateOnly(2026, 9, 30) };

        var none = ReferrerLetter.Draft(File(open), ReferrerLetterKind.SupportEnded, "Home-Start Testshire", Today);
        var letter = ReferrerLetter.Draft(File(open, ended), ReferrerLetterKind.SupportEnded, "Home-Start Testshire", Today);

        none.Errors.Single().Code.ShouldBe("no_support_ended");
        letter.Value.EpisodeId.ShouldBe(ended.Id);
        string.Join(' ', letter.Value.Paragraphs).ShouldContain("ended on 30 September 2026");
    }

    [Fact]
    public void Started_FutureStartOnly_NoLetterYet()
    {
        var future = new SupportEpisode(SupportEpisodeId.New(), FamilyId.New(), SupportType.HomeVisiting, Today.AddDays(3), null);

        ReferrerLetter.Draft(File(future), ReferrerLetterKind.SupportStarted, "Home-Start Testshire", Today)
            .Errors.Single().Code.ShouldBe("no_support_started");
    }
}
