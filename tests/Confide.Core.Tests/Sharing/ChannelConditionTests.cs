using Confide.Core.Profiles;
using Confide.Core.Sharing;
using static Confide.Core.Tests.Sharing.SharingTestData;

namespace Confide.Core.Tests.Sharing;

public sealed class ChannelConditionTests
{
    [Theory]
    [InlineData("chs", ShareChannel.Phone, "confidentialityStated", "share.confidentiality_not_stated")]
    [InlineData("chs", ShareChannel.Meeting, "confidentialityStated", "share.confidentiality_not_stated")]
    [InlineData("leicestershire", ShareChannel.Post, "addressVerified", "share.address_unverified")]
    public void Decide_OralOrPostalShareWithoutThePolicysConfirmation_IsRefused(string profile, ShareChannel channel, string field, string code)
    {
        var draft = Draft(profile) with { Channel = channel, ChannelRiskAssessment = "Assessed.", Exception = Rules(profile).LawfulExceptions[0] };

        var error = SharingDecisionRules.Decide(draft, Context(profile)).Errors.ShouldHaveSingleItem();

        (error.Field, error.Code).ShouldBe((field, code));
        var confirmed = SharingDecisionRules.Decide(draft with { ConfidentialityStated = true, AddressVerified = true }, Context(profile)).Value;
        (confirmed.ConfidentialityStated || confirmed.AddressVerified).ShouldBeTrue();
    }

    [Theory]
    [InlineData(ShareChannel.Phone)]
    [InlineData(ShareChannel.Post)]
    public void Decide_SuffolkAsksNeitherConfirmation(ShareChannel channel) =>
        SharingDecisionRules.Decide(Draft() with { Channel = channel, ChannelRiskAssessment = "Assessed." }, Context()).Errors.ShouldBeEmpty();
}
