using Confide.Core.Common;
using Confide.Core.Families;

namespace Confide.Core.Tests.Families;

public sealed class ReferralTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);
    private static readonly FamilyId Family = FamilyId.New();

    private static ReferralDetails Details(
        string referrer = "Health visitor, Bury St Edmunds", DateOnly? on = null, string reason = "Isolated after a house move.", bool consented = true) =>
        new(referrer, on ?? Today.AddDays(-3), reason, consented);

    [Fact]
    public void Accept_WithConsent_RecordsTrimmedDetailsAndWhenRecorded()
    {
        var referral = Referral.Accept(Family, Details(referrer: " Health visitor ", reason: " Isolated. "), Now).Value;

        referral.FamilyId.ShouldBe(Family);
        (referral.Referrer, referral.Reason).ShouldBe(("Health visitor", "Isolated."));
        referral.ReferredOn.ShouldBe(Today.AddDays(-3));
        referral.RecordedAt.ShouldBe(Now);
    }

    [Fact]
    public void Accept_WithoutFamilyConsent_IsRefusedSayingWhatToDo()
    {
        var error = Referral.Accept(Family, Details(consented: false), Now).Errors.ShouldHaveSingleItem();

        (error.Field, error.Code).ShouldBe(("familyConsented", "consent_missing"));
        error.Message.ShouldContain("has not consented");
        error.Message.ShouldContain("Ask the referrer");
    }

    [Fact]
    public void Accept_ReferredTomorrow_IsRefusedAsInTheFuture()
    {
        var error = Referral.Accept(Family, Details(on: Today.AddDays(1)), Now).Errors.ShouldHaveSingleItem();

        (error.Field, error.Code).ShouldBe(("referredOn", "in_future"));
        error.Message.ShouldContain("is in the future");
    }

    [Fact]
    public void Accept_ReferredToday_IsAccepted() =>
        Referral.Accept(Family, Details(on: Today), Now).Succeeded.ShouldBeTrue();

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Accept_EmptyReason_IsRefusedAskingForIt(string reason)
    {
        var error = Referral.Accept(Family, Details(reason: reason), Now).Errors.ShouldHaveSingleItem();

        (error.Field, error.Code).ShouldBe(("reason", "required"));
        error.Message.ShouldBe("Enter the reason for the referral.");
    }

    [Fact]
    public void Accept_ReasonOverTheLimit_IsRefusedWithTheLimit()
    {
        var error = Referral.Accept(Family, Details(reason: new string('r', FieldLimits.Reason + 1)), Now).Errors.ShouldHaveSingleItem();

        (error.Field, error.Code).ShouldBe(("reason", "too_long"));
        error.Message.ShouldContain("4,000 characters or fewer");
    }

    [Fact]
    public void Accept_ReasonAtTheLimit_IsAccepted() =>
        Referral.Accept(Family, Details(reason: new string('r', FieldLimits.Reason)), Now).Succeeded.ShouldBeTrue();

    [Fact]
    public void Accept_SeveralProblems_AreAllReportedTogether()
    {
        var result = Referral.Accept(Family, Details(referrer: "", on: Today.AddDays(5), reason: "", consented: false), Now);

        result.Errors.Select(e => (e.Field, e.Code)).ShouldBe(
        [
            ("familyConsented", "consent_missing"),
            ("referrer", "required"),
            ("reason", "required"),
            ("referredOn", "in_future"),
        ], ignoreOrder: true);
    }
}
