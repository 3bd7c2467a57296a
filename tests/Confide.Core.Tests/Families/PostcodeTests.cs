using Confide.Core.Families;

namespace Confide.Core.Tests.Families;

public sealed class PostcodeTests
{
    [Theory]
    [InlineData("IP33 1AB", "IP33 1AB")] // AA99 9AA
    [InlineData("ip33 1ab", "IP33 1AB")]
    [InlineData("IP331AB", "IP33 1AB")]
    [InlineData("  IP33   1AB ", "IP33 1AB")]
    [InlineData("IP33\t1AB", "IP33 1AB")]
    [InlineData("M1 1AE", "M1 1AE")] // A9 9AA
    [InlineData("B33 8TH", "B33 8TH")] // A99 9AA
    [InlineData("CR2 6XH", "CR2 6XH")] // AA9 9AA
    [InlineData("DN55 1PT", "DN55 1PT")] // AA99 9AA
    [InlineData("W1A 0AX", "W1A 0AX")] // A9A 9AA
    [InlineData("EC1A 1BB", "EC1A 1BB")] // AA9A 9AA
    [InlineData("sw1a2aa", "SW1A 2AA")]
    public void Normalise_ValidUkPostcode_ReturnsUpperCaseWithOneSpace(string text, string expected) =>
        Postcode.Normalise(text).ShouldBe(expected);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("IP33")] // outward code only
    [InlineData("1AB")] // inward code only
    [InlineData("IP33 1A")]
    [InlineData("IP33 1ABC")]
    [InlineData("IP333 1AB")]
    [InlineData("123 4AB")]
    [InlineData("IP33 AAB")]
    [InlineData("IP33-1AB")]
    [InlineData("90210")]
    [InlineData("ABC 1AB")]
    [InlineData("IP33 1ÄB")]
    public void Normalise_NotAUkPostcode_ReturnsNull(string? text) =>
        Postcode.Normalise(text).ShouldBeNull();

    [Theory]
    [InlineData("IP33 1AB", "IP33")]
    [InlineData("M1 1AE", "M1")]
    [InlineData("EC1A 1BB", "EC1A")]
    public void Outward_NormalisedPostcode_IsTheDistrictOnly(string normalised, string outward) =>
        Postcode.Outward(normalised).ShouldBe(outward);
}
