using Confide.Core.Common;
using Confide.Core.Consent;
using static Confide.Core.Tests.Consent.ConsentWorld;

namespace Confide.Core.Tests.Consent;

public sealed class PrivacyNoticeTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 10, 0, 0, TimeSpan.Zero);

    private static PrivacyNoticeDetails Good => new()
    {
        NoticeVersion = "PN-2024-03", ExplainedOn = March3, ExplainedBy = Coordinator, Verbally = true, LeafletVersion = "Leaflet v4",
        SharingExplained = true, RefusalConsequencesExplained = true, AbsentPartner = AbsentPartner.Told,
        AbsentPartnerHow = "Phoned him after the visit", AbsentPartnerToldOn = new DateOnly(2026, 3, 4),
    };

    private static Result<PrivacyNoticeExplanation> Create(PrivacyNoticeDetails d, bool staff = true) =>
        PrivacyNoticeExplanation.Create(TheFamily.Id, d, staff, Coordinator, Now);

    [Fact]
    public void Create_AloudAndInWriting_KeepsBoth()
    {
        var p = Create(Good).Value;

        p.VerballyAndInWriting.ShouldBeTrue();
        (p.NoticeVersion, p.LeafletVersion, p.AbsentPartnerHow, p.AbsentPartnerWhyNot).ShouldBe(("PN-2024-03", "Leaflet v4", "Phoned him after the visit", null));
    }

    [Fact]
    public void Create_NotTold_KeepsOnlyTheReason()
    {
        var p = Create(Good with { AbsentPartner = AbsentPartner.NotTold, AbsentPartnerWhyNot = "Not in contact with the family" }).Value;

        (p.AbsentPartnerHow, p.AbsentPartnerToldOn, p.AbsentPartnerWhyNot).ShouldBe((null, null, "Not in contact with the family"));
    }

    [Theory]
    [InlineData("version", "noticeVersion", "Enter the privacy-notice version (for example PN-2024-03).")]
    [InlineData("date", "explainedOn", "Enter the date the privacy notice was explained, like 2026-03-03.")]
    [InlineData("future", "explainedOn", "The date 2 June 2026 is in the future.")]
    [InlineData("by", "explainedBy", "Choose the member of staff who explained the privacy notice.")]
    [InlineData("how", "verbally", "Record how the notice was explained: aloud, in writing (with the leaflet version given), or both.")]
    [InlineData("partner", "absentPartner", "Say whether there is an absent partner and, if so, whether they were told.")]
    [InlineData("told-how", "absentPartnerHow", "Enter the way the absent partner was told.")]
    [InlineData("told-when", "absentPartnerToldOn", "Enter the date the absent partner was told.")]
    [InlineData("why-not", "absentPartnerWhyNot", "Enter the reason the absent partner was not told.")]
    public void Create_BadInput_IsRefusedWithItsOwnMessage(string bad, string field, string message)
    {
        var d = bad switch
        {
            "version" => Good with { NoticeVersion = "" },
            "date" => Good with { ExplainedOn = null },
            "future" => Good with { ExplainedOn = new DateOnly(2026, 6, 2) },
            "by" => Good with { ExplainedBy = null },
            "how" => Good with { Verbally = false, LeafletVersion = null },
            "partner" => Good with { AbsentPartner = null },
            "told-how" => Good with { AbsentPartnerHow = null },
            "told-when" => Good with { AbsentPartnerToldOn = null },
            _ => Good with { AbsentPartner = AbsentPartner.NotTold },
        };

        var error = Create(d).Errors.ShouldHaveSingleItem();

        (error.Field, error.Message).ShouldBe((field, message));
    }

    [Fact]
    public void Create_ExplainerNotStaff_IsRefused() =>
        Create(Good, staff: false).Errors.ShouldHaveSingleItem().Code.ShouldBe("not_staff");

    [Fact]
    public void ServiceAgreement_Dated_IsAccepted()
    {
        var a = ServiceAgreement.Create(TheFamily.Id, March3, Coordinator, Now).Value;

        (a.AgreedOn, a.RecordedBy).ShouldBe((March3, Coordinator));
    }

    [Theory]
    [InlineData(null, "Enter the date the family agreed to receive support, like 2026-03-03.")]
    [InlineData("2026-06-02", "The date 2 June 2026 is in the future.")]
    public void ServiceAgreement_BadDate_IsRefused(string? on, string message) =>
        ServiceAgreement.Create(TheFamily.Id, on is null ? null : DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture), Coordinator, Now)
            .Errors.ShouldHaveSingleItem().Message.ShouldBe(message);
}
